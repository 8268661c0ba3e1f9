package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.domain.reply.CustomerLanguage;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every check a model's draft must pass before an agent sees it; the first failure is the reason the
 * template stands in. Conservative on purpose: a good draft lost costs a template reply, a bad one kept
 * costs the agent's trust. The draft is judged as {@link NormalisedText normalised} — the text the agent
 * then sees — and in this order: its length; markup, echoed instructions and placeholders
 * ({@link ForbiddenText}); monetary promises ({@link MonetaryPromises}); every link, domain, address, order
 * name, tracking number, amount, date, number and carrier it cites ({@link CitedFacts}); every status it
 * states ({@link StatusClaims}), and no word about the goods that no status phrase reads ({@link UnreadClaims}: anything
 * unverifiable counts as a failure); its language, which must be one whose statuses the checks can read (English,
 * French, German, Spanish) and the one the reply is written in for this customer
 * ({@link ReplyFacts#customerLanguage()}, the same decision the template and the prompt follow). See
 * {@code docs/ai-drafts.md}.
 */
final class DraftGuardrails {
    static final int MIN_LENGTH = 40;
    static final int MAX_LENGTH = 1_500;

    private final boolean monetaryPromisesAllowed;

    /** At least half of the letters Latin: a reply in another script says things no check here can read. */
    private static boolean mostlyLatin(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return 2 * latin >= letters;
    }

    DraftGuardrails(boolean monetaryPromisesAllowed) {
        this.monetaryPromisesAllowed = monetaryPromisesAllowed;
    }

    /**
     * The text an agent would see for this answer: normalised, and with the facts' tracking numbers written exactly
     * as the facts give them (see {@link CitedFacts#withExactTrackingNumbers}); {@link #rejection} judges this text.
     */
    static String posted(String draft, ReplyFacts facts) {
        return CitedFacts.of(KnownFacts.of(facts)).withExactTrackingNumbers(NormalisedText.of(draft).strip());
    }

    /** Why the draft may not be used, or empty when it passes every check. */
    Optional<FallbackReason> rejection(String draft, ReplyFacts facts) {
        String text = posted(draft, facts);
        if (text.isEmpty()) {
            return Optional.of(FallbackReason.EMPTY);
        }
        if (text.length() < MIN_LENGTH) {
            return Optional.of(FallbackReason.TOO_SHORT);
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(FallbackReason.TOO_LONG);
        }
        Optional<FallbackReason> forbidden = ForbiddenText.firstIn(text);
        if (forbidden.isPresent()) {
            return forbidden;
        }
        KnownFacts known = KnownFacts.of(facts);
        if (!monetaryPromisesAllowed && MonetaryPromises.presentIn(text, known)) {
            return Optional.of(FallbackReason.MONETARY_PROMISE);
        }
        Optional<FallbackReason> unbacked = CitedFacts.of(known).firstUnbacked(text);
        if (unbacked.isPresent()) {
            return unbacked;
        }
        StatusClaims claims = new StatusClaims(known);
        if (!claims.allTrue(text)) {
            return Optional.of(FallbackReason.STATUS_NOT_IN_FACTS);
        }
        // Anything unverifiable counts as a failure: a word about the goods that no status phrase read is refused.
        String unnamed = facts.customerFirstName().filter(name -> !name.isBlank())
                .map(name -> CitedFacts.blank(text, Pattern.compile("(?iu)" + Pattern.quote(NormalisedText.of(name)))))
                .orElse(text);
        if (claims.firstUnread(unnamed).isPresent()) {
            return Optional.of(FallbackReason.STATUS_NOT_IN_FACTS);
        }
        Optional<FallbackReason> unfounded = new ClaimedDetails(known, facts.customerFirstName()).firstUnbacked(text);
        if (unfounded.isPresent()) {
            return unfounded;
        }
        Optional<String> written = CustomerLanguage.writtenIn(CitedFacts.LINK.matcher(text).replaceAll(" ")).code();
        // Statuses are read in English, French, German and Spanish only: in another language they cannot be checked.
        if (written.filter(language -> !StatusWords.LANGUAGES.contains(language)).isPresent() || !mostlyLatin(text)) {
            return Optional.of(FallbackReason.LANGUAGE_NOT_CHECKED);
        }
        String expected = facts.customerLanguage().replyLanguage().code();
        if (written.filter(language -> !language.equals(expected)).isPresent()) {
            return Optional.of(FallbackReason.WRONG_LANGUAGE);
        }
        return Optional.empty();
    }
}
