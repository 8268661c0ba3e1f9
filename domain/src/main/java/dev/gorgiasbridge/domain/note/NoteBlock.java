package dev.gorgiasbridge.domain.note;

import java.util.List;

/** A block of a note, the shared shape the plain-text and HTML renderings are made from. */
sealed interface NoteBlock {

    /** Lines kept together; in HTML one paragraph with line breaks. */
    record Paragraph(List<NoteLine> lines) implements NoteBlock {
        public Paragraph {
            lines = List.copyOf(lines);
        }

        static Paragraph of(NoteLine... lines) {
            return new Paragraph(List.of(lines));
        }
    }

    /** A titled list; each item may span several lines. */
    record Bullets(NoteLine title, List<List<NoteLine>> items) implements NoteBlock {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
        }
    }
}
