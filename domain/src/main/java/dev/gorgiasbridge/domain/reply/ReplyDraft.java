package dev.gorgiasbridge.domain.reply;

import java.util.Objects;
import java.util.Optional;

/**
 * A reply the agent may send to the customer as is, and which drafter wrote it.
 *
 * @param fallbackReason    why a better drafter's answer was not used and the template stood in (e.g.
 *                          "tracking number not in the facts"); only a template draft has one
 * @param customerLanguage  the language the customer writes in (English words, e.g. "Japanese") when the draft
 *                          is not in it, so the note can tell the agent; never part of the reply itself
 */
public record ReplyDraft(String text, DraftSource source, Optional<String> fallbackReason,
                         Optional<String> customerLanguage) {
    public ReplyDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply draft needs text");
        }
        Objects.requireNonNull(source, "source");
        fallbackReason = Objects.requireNonNull(fallbackReason, "fallbackReason").map(String::strip)
                .filter(reason -> !reason.isEmpty());
        if (fallbackReason.isPresent() && source != DraftSource.TEMPLATE) {
            throw new IllegalArgumentException("only the template stands in for another drafter");
        }
        customerLanguage = Objects.requireNonNull(customerLanguage, "customerLanguage").map(String::strip)
                .filter(language -> !language.isEmpty());
    }

    public ReplyDraft(String text, DraftSource source, Optional<String> fallbackReason) {
        this(text, source, fallbackReason, Optional.empty());
    }

    public ReplyDraft(String text, DraftSource source) {
        this(text, source, Optional.empty(), Optional.empty());
    }

    /** This draft standing in for one that could not be used, and why. */
    public ReplyDraft insteadOfAnother(String reason) {
        return new ReplyDraft(text, source, Optional.of(reason), customerLanguage);
    }

    /** Which drafter wrote it, and why it stood in if it did: "the template drafter (AI fallback: …)". */
    public String provenance() {
        return "the " + source.label() + " drafter" + fallbackReason.map(reason -> " (AI fallback: " + reason + ")")
                .orElse("");
    }
}
