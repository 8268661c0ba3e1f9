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
        String bom = byteOrderMark(body);
        if (!bom.isEmpty()) {
            return new Refused("body starts with a " + bom + "; send UTF-8" + (bom.startsWith("UTF-8") ? " without one" : ""));
        }
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return new Refused("body contains a NUL byte at offset " + i + " (" + wideEncoding(body)
                        + "?); send UTF-8");
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
            // No backslash in the reason: quoted in a JSON problem document it would read doubled.
            return new Refused("body contains an escaped NUL character (U+0000) at character " + escapedNul);
        }
        return new Readable(text);
    }

    /**
     * The byte order mark the body starts with, named with its encoding, or empty. UTF-32's marks are tested first, as the
     * little-endian one begins with UTF-16's (RFC 8259 section 8.1; Unicode section 23.8).
     */
    private static String byteOrderMark(byte[] body) {
        if (startsWith(body, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32 byte order mark (big-endian)";
        }
        if (startsWith(body, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32 byte order mark (little-endian)";
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return "UTF-16 byte order mark (big-endian)";
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return "UTF-16 byte order mark (little-endian)";
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return "UTF-8 byte order mark";
        }
        return "";
    }

    /**
     * Which wide encoding a body with NUL bytes most likely is, from where the NULs fall in its first four
     * bytes: JSON text starts with an ASCII character, so UTF-32 has three NULs beside it, UTF-16 one.
     */
    private static String wideEncoding(byte[] body) {
        if (body.length >= 4 && body[0] == 0 && body[1] == 0 && body[2] == 0 && body[3] != 0) {
            return "UTF-32 big-endian";
        }
        if (body.length >= 4 && body[0] != 0 && body[1] == 0 && body[2] == 0 && body[3] == 0) {
            return "UTF-32 little-endian";
        }
        if (body.length >= 2 && body[0] == 0 && body[1] != 0) {
            return "UTF-16 big-endian";
        }
        if (body.length >= 2 && body[0] != 0 && body[1] == 0) {
            return "UTF-16 little-endian";
        }
        return "UTF-16 or UTF-32";
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
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
