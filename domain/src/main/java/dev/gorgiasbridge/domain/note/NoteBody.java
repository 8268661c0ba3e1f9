package dev.gorgiasbridge.domain.note;

import java.util.Objects;

/** A composed note: the plain text and the HTML say the same, and the HTML is already escaped. */
public record NoteBody(String text, String html) {
    public NoteBody {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
