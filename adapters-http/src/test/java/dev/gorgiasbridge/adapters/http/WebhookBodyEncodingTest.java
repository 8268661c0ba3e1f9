package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies that are not strict UTF-8, or that hold a NUL character raw or escaped, are refused at the door
 * with a problem document saying why, and nothing is stored; the body is read exactly once, as UTF-8, so
 * what is stored is what was checked. Built from contracts/gorgias/ticket-message-created.json.
 */
class WebhookBodyEncodingTest {
    private static final String SAMPLE =
            new String(WebhookServer.contract("ticket-message-created.json"), StandardCharsets.UTF_8);
    private static final String QUESTION = "the walking foot is missing";

    private final WebhookServer server = new WebhookServer(WebhookServer.tokensAndSecret());

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> deliver(byte[] body) {
        return server.send(server.webhook(body).header(GorgiasWebhookEndpoint.TOKEN_HEADER, WebhookServer.TOKEN).build());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private void assertRefused(byte[] body, String reason) {
        var response = deliver(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400", reason);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_utf16_body_is_refused_with_or_without_a_byte_order_mark() {
        assertRefused(SAMPLE.getBytes(StandardCharsets.UTF_16LE), "NUL byte");
        assertRefused(SAMPLE.getBytes(StandardCharsets.UTF_16), "UTF-16 byte order mark");
        assertRefused(SAMPLE.getBytes(Charset.forName("UTF-32BE")), "NUL byte at offset 0 (UTF-32 big-endian?)");
        assertRefused(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, SAMPLE.getBytes(Charset.forName("UTF-32LE"))),
                "UTF-32 byte order mark (little-endian)");
    }

    @Test
    void a_utf8_byte_order_mark_is_refused() {
        assertRefused(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(StandardCharsets.UTF_8)),
                "byte order mark");
    }

    @Test
    void a_nul_byte_inside_the_message_text_is_refused() {
        assertRefused(SAMPLE.replace(QUESTION, "the walking foot\u0000 is missing").getBytes(StandardCharsets.UTF_8),
                "NUL byte");
    }

    @Test
    void an_escaped_nul_inside_the_message_text_is_refused() {
        assertRefused(SAMPLE.replace(QUESTION, "the walking foot\\u0000 is missing").getBytes(StandardCharsets.UTF_8),
                "escaped NUL character (U+0000) at character ");
    }

    @Test
    void latin1_text_is_not_utf8_and_is_refused() {
        assertRefused(SAMPLE.replace(QUESTION, "où est le pied presseur ?").getBytes(StandardCharsets.ISO_8859_1),
                "not valid UTF-8");
    }

    @Test
    void utf8_text_in_other_languages_and_escaped_characters_are_accepted_and_stored_as_sent() {
        String body = SAMPLE.replace(QUESTION, "où est le pied presseur ? 📦 C:\\\\u0000 \\u00e9");

        var response = deliver(body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(server.storedEvents.events()).singleElement()
                .satisfies(event -> assertThat(event.payload()).isEqualTo(body));
    }
}
