package dev.gorgiasbridge.domain.note;

import java.util.List;
import java.util.Objects;

/** One line of a note, made of pieces each renderer knows how to show (and the HTML one how to escape). */
record NoteLine(List<Piece> pieces) {
    NoteLine {
        pieces = List.copyOf(pieces);
    }

    static NoteLine of(Piece... pieces) {
        return new NoteLine(List.of(pieces));
    }

    static NoteLine plain(String text) {
        return of(new Plain(text));
    }

    /** A part of a line; its text is raw, never pre-escaped. */
    sealed interface Piece {
    }

    record Plain(String text) implements Piece {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    record Strong(String text) implements Piece {
        public Strong {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link showing its own address; refused unless http or https, so no renderer can emit a live script URL. */
    record Link(String url) implements Piece {
        public Link {
            if (!url.regionMatches(true, 0, "https://", 0, 8) && !url.regionMatches(true, 0, "http://", 0, 7)) {
                throw new IllegalArgumentException("only http and https addresses are linked");
            }
        }
    }
}
