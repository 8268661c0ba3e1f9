package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.domain.reply.ReplyFacts;
import java.util.Optional;

/**
 * Every check a model's draft must pass before an agent sees it; the first failure is the reason the
 * template stands in. Conservative on purpose: a good draft lost costs a template reply, a bad one kept
 * costs the agent's trust.
 */
final class DraftGuardrails {
    static final int MIN_LENGTH = 40;
    static final int MAX_LENGTH = 1_500;

    private final boolean monetaryPromisesAllowed;

    DraftGuardrails(boolean monetaryPromisesAllowed) {
        this.monetaryPromisesAllowed = monetaryPromisesAllowed;
    }

    /** Why the draft may not be used, or empty when it passes every check. */
    Optional<FallbackReason> rejection(String draft, ReplyFacts facts) {
        String text = draft.strip();
        if (text.isEmpty()) {
            return Optional.of(FallbackReason.EMPTY);
        }
        if (text.length() < MIN_LENGTH) {
            return Optional.of(FallbackReason.TOO_SHORT);
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(FallbackReason.TOO_LONG);
        }
        Optional<FallbackReason> unbacked = CitedFacts.of(facts).firstUnbacked(text);
        if (unbacked.isPresent()) {
            return unbacked;
        }
        if (!monetaryPromisesAllowed && MonetaryPromises.presentIn(text)) {
            return Optional.of(FallbackReason.MONETARY_PROMISE);
        }
        Optional<String> expected = facts.customerLanguage().code().flatMap(LanguageGuess::known);
        Optional<String> written = LanguageGuess.of(CitedFacts.LINK.matcher(text).replaceAll(" "));
        if (expected.isPresent() && written.isPresent() && !expected.equals(written)) {
            return Optional.of(FallbackReason.WRONG_LANGUAGE);
        }
        return Optional.empty();
    }
}
