package dev.gorgiasbridge.domain.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A webhook body read as text, the one reading ingress accepts and the worker later parses: strict UTF-8
 * (RFC 8259 section 8.1) without a byte order mark, and no NUL character anywhere, neither raw nor
 * escaped as {@code \u0000} in a JSON string. Anything else — UTF-16 or UTF-32, a BOM, invalid byte
 * sequences, a NUL — is refused with the reason, before it is parsed or stored: decoded leniently it
 * would be stored as something other than what was sent, and PostgreSQL refuses NUL in text outright.
 */
public sealed interface WebhookText {

    /** The body decoded, exactly as sent. */
    record Readable(String text) implements WebhookText {
        public Readable {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Why the body cannot be read; says where, never quotes the body. */
    record Refused(String reason) implements WebhookText {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static WebhookText decode(byte[] body) {
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return new Refused("body starts with a UTF-16 byte order mark; send UTF-8");
        }
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new Refused("body starts with a byte order mark; send UTF-8 without one");
        }
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return new Refused("body contains a NUL byte at offset " + i + " (UTF-16 or UTF-32?); send UTF-8");
            }
        }
        // The JDK's own decoding is the fast one; it replaces what it cannot decode with U+FFFD. Without a
        // U+FFFD in the result nothing was replaced, so the bytes were valid UTF-8. With one, the strict
        // decoder tells a sent U+FFFD from a replaced invalid sequence.
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                strict.decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                return new Refused("body is not valid UTF-8");
            }
        }
        int escapedNul = escapedNul(text);
        if (escapedNul >= 0) {
            return new Refused("body contains an escaped NUL character (\\u0000) at character " + escapedNul);
        }
        return new Readable(text);
    }

    /**
     * Where a JSON escape {@code \u0000} starts, or -1. In JSON a backslash only occurs in strings and
     * always starts a two-character escape, so skipping each escape's second character is enough to tell
     * {@code \u0000} from an escaped backslash followed by {@code u0000}.
     */
    private static int escapedNul(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) != '\\') {
                continue;
            }
            if (text.charAt(i + 1) == 'u' && text.startsWith("0000", i + 2)) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
