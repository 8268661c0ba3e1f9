package dev.gorgiasbridge.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookTextTest {
    private static final String BODY = """
            {"ticket": {"id": 91234567, "customer": {"name": "Jürgen Weiß"}},
             "message": {"id": 310000002, "body_text": "Où est ma commande ? 📦"}}""";

    private static WebhookText decode(byte[] bytes) {
        return WebhookText.decode(bytes);
    }

    private static String refusal(byte[] bytes) {
        return ((WebhookText.Refused) decode(bytes)).reason();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void a_utf8_body_with_accents_and_emoji_reads_as_sent() {
        assertThat(decode(BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(new WebhookText.Readable(BODY));
    }

    @Test
    void utf16_and_utf32_bodies_are_refused_with_or_without_a_byte_order_mark() {
        assertThat(refusal(BODY.getBytes(StandardCharsets.UTF_16LE))).contains("NUL byte at offset 1");
        assertThat(refusal(BODY.getBytes(StandardCharsets.UTF_16BE))).contains("NUL byte at offset 0");
        assertThat(refusal(BODY.getBytes(StandardCharsets.UTF_16))).contains("UTF-16 byte order mark");
        assertThat(refusal(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, BODY.getBytes(StandardCharsets.UTF_16LE))))
                .contains("UTF-16 byte order mark");
        assertThat(refusal(BODY.getBytes(Charset.forName("UTF-32LE")))).contains("NUL byte");
    }

    @Test
    void utf32_is_named_utf32_with_a_byte_order_mark_and_without() {
        byte[] bigEndianMark = {0x00, 0x00, (byte) 0xFE, (byte) 0xFF};
        byte[] littleEndianMark = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x00};

        assertThat(refusal(concat(littleEndianMark, BODY.getBytes(Charset.forName("UTF-32LE")))))
                .isEqualTo("body starts with a UTF-32 byte order mark (little-endian); send UTF-8");
        assertThat(refusal(concat(bigEndianMark, BODY.getBytes(Charset.forName("UTF-32BE")))))
                .isEqualTo("body starts with a UTF-32 byte order mark (big-endian); send UTF-8");
        assertThat(refusal(BODY.getBytes(Charset.forName("UTF-32BE"))))
                .isEqualTo("body contains a NUL byte at offset 0 (UTF-32 big-endian?); send UTF-8");
        assertThat(refusal(BODY.getBytes(Charset.forName("UTF-32LE"))))
                .isEqualTo("body contains a NUL byte at offset 1 (UTF-32 little-endian?); send UTF-8");
        assertThat(refusal(BODY.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo("body contains a NUL byte at offset 0 (UTF-16 big-endian?); send UTF-8");
        assertThat(refusal(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, BODY.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("body starts with a UTF-16 byte order mark (little-endian); send UTF-8");
    }

    @Test
    void the_escaped_nul_reason_holds_no_backslash_to_be_doubled_when_quoted_in_json() {
        assertThat(refusal("{\"ticket\": {\"id\": 1, \"subject\": \"a\\u0000\"}}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("body contains an escaped NUL character (U+0000) at character 34").doesNotContain("\\");
    }

    @Test
    void a_utf8_byte_order_mark_is_refused() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(refusal(concat(bom, BODY.getBytes(StandardCharsets.UTF_8)))).contains("byte order mark");
    }

    @Test
    void invalid_byte_sequences_overlong_forms_and_encoded_surrogates_are_refused() {
        byte[][] invalid = {
                {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
                {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                {'{', '"', 'a', '"', ':', '"', (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"', '}'},
                {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'}};
        for (byte[] body : invalid) {
            assertThat(refusal(body)).isEqualTo("body is not valid UTF-8");
        }
    }

    @Test
    void a_nul_byte_anywhere_is_refused() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        body[body.length - 3] = 0;

        assertThat(refusal(body)).contains("NUL byte at offset " + (body.length - 3));
    }

    @Test
    void an_escaped_nul_in_a_string_is_refused_in_either_case_of_escape() {
        assertThat(refusal(BODY.replace("commande", "commande\\u0000").getBytes(StandardCharsets.UTF_8)))
                .contains("escaped NUL");
        assertThat(refusal("{\"ticket\": {\"id\": 1, \"subject\": \"a\\\\\\u0000\"}}".getBytes(StandardCharsets.UTF_8)))
                .contains("escaped NUL");
    }

    @Test
    void an_escaped_backslash_before_u0000_and_other_escapes_are_ordinary_text() {
        String body = "{\"ticket\": {\"id\": 1, \"subject\": \"C:\\\\u0000 \\u00e9 \\u0007 \\\"q\\\"\"}}";

        assertThat(decode(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(new WebhookText.Readable(body));
    }
}
