package dev.gorgiasbridge.domain.reply;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The language the customer writes in, decided once for every drafter: the ticket's language as Gorgias
 * detected it ({@code ticket.language}), else a guess from the customer's message, else none. The template
 * writes the reply in it when it can ({@link ReplyLanguage}); the AI drafter's language check expects it.
 *
 * @param code the primary ISO 639 subtag ("fr" for "fr-CA"), lower case; empty when neither source tells
 */
public record CustomerLanguage(Optional<String> code) {

    public CustomerLanguage {
        code = Objects.requireNonNull(code, "code").map(CustomerLanguage::primarySubtag).filter(c -> !c.isEmpty());
    }

    /** The decision: the ticket's language when Gorgias gives one, else the message's, else undetermined. */
    public static CustomerLanguage of(Optional<String> ticketLanguage, Optional<String> customerMessage) {
        return new CustomerLanguage(ticketLanguage.map(CustomerLanguage::primarySubtag).filter(c -> !c.isEmpty())
                .or(() -> customerMessage.flatMap(MessageLanguage::guess)));
    }

    /**
     * The language a text is written in, guessed exactly as the customer's message is, so a check of what a
     * reply is written in agrees with the decision ({@link #of}); undetermined for a short or mixed text.
     */
    public static CustomerLanguage writtenIn(String text) {
        return new CustomerLanguage(MessageLanguage.guess(text));
    }

    /**
     * The language every drafter replies in: the customer's when it is one replies are written (and checked)
     * in — English, French, German, Spanish — else English.
     */
    public ReplyLanguage replyLanguage() {
        return code.flatMap(ReplyLanguage::forCode).orElse(ReplyLanguage.ENGLISH);
    }

    /**
     * The customer's language, in English words ("Japanese"), when it is known and the template cannot
     * write it, so the agent can be told the reply is in English.
     */
    public Optional<String> unwritten() {
        return code.filter(c -> ReplyLanguage.forCode(c).isEmpty()).map(CustomerLanguage::englishName);
    }

    private static String englishName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? "the language with code \"" + code + "\"" : name;
    }

    private static String primarySubtag(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.matches("[a-z]{2,3}") ? primary : "";
    }
}
