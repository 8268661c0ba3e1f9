package dev.gorgiasbridge.domain.reply;

import java.util.Objects;

/** A reply the agent may send to the customer as is, and which drafter wrote it. */
public record ReplyDraft(String text, DraftSource source) {
    public ReplyDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply draft needs text");
        }
        Objects.requireNonNull(source, "source");
    }
}
