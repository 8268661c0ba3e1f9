package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials.SignedTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the door does before a signed body is trusted: nothing is read for a sender already refused or
 * beyond the budget for unverified bodies, and a body that stalls is given up on after the read timeout.
 */
class WebhookBodyReadingTest {
    private static final byte[] SAMPLE = WebhookServer.contract("ticket-message-created.json");
    /** Longer than any patience below: a server waiting for the body would not answer in time. */
    private static final Duration SLOW_READ = Duration.ofSeconds(60);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<RawRequest> open = new ArrayList<>();
    private WebhookServer server;

    @AfterEach
    void stop() {
        open.forEach(RawRequest::close);
        server.close();
    }

    private RawRequest raw(Map<String, String> headers, long contentLength, byte[] bodyPart) {
        var request = RawRequest.send(server.port(), headers, contentLength, bodyPart);
        open.add(request);
        return request;
    }

    private static Map<String, String> signed(byte[] body) {
        return Map.of(GorgiasWebhookEndpoint.SIGNATURE_HEADER, GorgiasWebhookEndpointTest.sign(WebhookServer.SECRET, body));
    }

    @Test
    void a_signed_request_over_the_unverified_budget_is_refused_503_without_its_body_being_read() {
        server = new WebhookServer(WebhookServer.tokensAndSecret(),
                new WebhookBodies(WebhookServer.MAX_BYTES, WebhookServer.MAX_BYTES, SLOW_READ));
        // A stalled upload declaring the largest body holds the whole budget while its body does not come.
        raw(signed(SAMPLE), WebhookServer.MAX_BYTES, new byte[0]);
        await().atMost(PATIENCE).until(() -> server.endpoint.unverifiedBytesReserved() == WebhookServer.MAX_BYTES);

        var second = raw(signed(SAMPLE), SAMPLE.length, new byte[0]);

        // No byte of the second body was sent: an answer at all proves it was not waited for.
        assertThat(second.status(PATIENCE)).contains(503);
        var retry = server.send(server.webhook(SAMPLE)
                .header(GorgiasWebhookEndpoint.SIGNATURE_HEADER, GorgiasWebhookEndpointTest.sign(WebhookServer.SECRET, SAMPLE)).build());
        assertThat(retry.statusCode()).isEqualTo(503);
        assertThat(retry.headers().firstValue("Retry-After")).contains("1");
        assertThat(retry.body()).contains("\"status\":503", "too many signed bodies");
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_token_authenticated_delivery_is_stored_while_the_unverified_budget_is_spent() {
        server = new WebhookServer(WebhookServer.tokensAndSecret(),
                new WebhookBodies(WebhookServer.MAX_BYTES, WebhookServer.MAX_BYTES, SLOW_READ));
        raw(signed(SAMPLE), WebhookServer.MAX_BYTES, new byte[0]);
        await().atMost(PATIENCE).until(() -> server.endpoint.unverifiedBytesReserved() == WebhookServer.MAX_BYTES);

        var delivery = server.send(server.webhook(SAMPLE).header(GorgiasWebhookEndpoint.TOKEN_HEADER, WebhookServer.TOKEN).build());

        assertThat(delivery.statusCode()).isEqualTo(202);
        assertThat(server.storedEvents.events()).hasSize(1);
    }

    @Test
    void the_budget_is_given_back_once_the_signature_is_checked() {
        server = new WebhookServer(WebhookServer.tokensAndSecret(),
                new WebhookBodies(WebhookServer.MAX_BYTES, WebhookServer.MAX_BYTES, SLOW_READ));

        var first = server.send(server.webhook(SAMPLE).header(GorgiasWebhookEndpoint.SIGNATURE_HEADER,
                GorgiasWebhookEndpointTest.sign(WebhookServer.SECRET, SAMPLE)).build());
        var forged = server.send(server.webhook(SAMPLE).header(GorgiasWebhookEndpoint.SIGNATURE_HEADER,
                GorgiasWebhookEndpointTest.sign("not-the-secret-0123456789abcdef", SAMPLE)).build());

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(server.endpoint.unverifiedBytesReserved()).isZero();
    }

    @Test
    void a_signed_body_that_stalls_is_answered_408_after_the_read_timeout() {
        server = new WebhookServer(WebhookServer.tokensAndSecret(),
                new WebhookBodies(WebhookServer.MAX_BYTES, WebhookServer.MAX_BYTES, Duration.ofSeconds(1)));

        var stalled = raw(signed(SAMPLE), SAMPLE.length, java.util.Arrays.copyOf(SAMPLE, 100));

        assertThat(stalled.status(PATIENCE)).contains(408);
        await().atMost(PATIENCE).until(() -> server.endpoint.unverifiedBytesReserved() == 0);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_token_authenticated_body_that_stalls_is_answered_408_too() {
        server = new WebhookServer(WebhookServer.tokensAndSecret(),
                new WebhookBodies(WebhookServer.MAX_BYTES, WebhookServer.MAX_BYTES, Duration.ofSeconds(1)));

        var stalled = raw(Map.of(GorgiasWebhookEndpoint.TOKEN_HEADER, WebhookServer.TOKEN), SAMPLE.length, new byte[0]);

        assertThat(stalled.status(PATIENCE)).contains(408);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void an_address_over_its_failed_authentication_limit_is_refused_429_before_its_body_is_read() {
        server = new WebhookServer(WebhookServer.tokensAndSecret(),
                new WebhookBodies(WebhookServer.MAX_BYTES, WebhookServer.MAX_BYTES * 4, SLOW_READ));
        byte[] forgedSignature = GorgiasWebhookEndpointTest.sign("not-the-secret-0123456789abcdef", SAMPLE)
                .getBytes(StandardCharsets.US_ASCII);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            statuses.add(server.send(server.webhook(SAMPLE).header(GorgiasWebhookEndpoint.SIGNATURE_HEADER,
                    new String(forgedSignature, StandardCharsets.US_ASCII)).build()).statusCode());
        }

        var next = raw(signed(SAMPLE), SAMPLE.length, new byte[0]);

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.get(10)).isEqualTo(429);
        assertThat(next.status(PATIENCE)).as("refused before the (unsent) body").contains(429);
        assertThat(server.endpoint.unverifiedBytesReserved()).isZero();
    }

    @Test
    void a_malformed_signature_is_refused_without_waiting_for_the_body() {
        server = new WebhookServer(WebhookServer.tokensAndSecret(),
                new WebhookBodies(WebhookServer.MAX_BYTES, WebhookServer.MAX_BYTES, SLOW_READ));

        var malformed = raw(Map.of(GorgiasWebhookEndpoint.SIGNATURE_HEADER, "sha256=not-hex"), SAMPLE.length, new byte[0]);

        assertThat(malformed.status(PATIENCE)).contains(401);
    }

    @Test
    void with_timestamps_required_a_signature_without_one_is_refused_with_the_reason() {
        server = new WebhookServer(WebhookCredentials.of(List.of(), List.of(WebhookServer.SECRET), SignedTimestamp.REQUIRED),
                WebhookBodies.defaults(WebhookServer.MAX_BYTES));
        String ts = Long.toString(Instant.now().getEpochSecond());
        byte[] signedWithTimestamp = (ts + "." + new String(SAMPLE, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);

        var withoutTimestamp = server.send(server.webhook(SAMPLE).header(GorgiasWebhookEndpoint.SIGNATURE_HEADER,
                GorgiasWebhookEndpointTest.sign(WebhookServer.SECRET, SAMPLE)).build());
        var withTimestamp = server.send(server.webhook(SAMPLE)
                .header(GorgiasWebhookEndpoint.SIGNATURE_HEADER, GorgiasWebhookEndpointTest.sign(WebhookServer.SECRET, signedWithTimestamp))
                .header(GorgiasWebhookEndpoint.TIMESTAMP_HEADER, ts).build());

        assertThat(withoutTimestamp.statusCode()).isEqualTo(401);
        assertThat(withoutTimestamp.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(withoutTimestamp.body()).contains("missing timestamp", GorgiasWebhookEndpoint.TIMESTAMP_HEADER);
        assertThat(withTimestamp.statusCode()).isEqualTo(202);
        assertThat(server.storedEvents.events()).hasSize(1);
    }
}
