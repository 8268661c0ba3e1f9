package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GorgiasWebhookEndpointTest {
    private static final byte[] SAMPLE = WebhookServer.contract("ticket-message-created.json");
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\":\"([0-9a-f-]{36})\"");

    private WebhookServer server = new WebhookServer(WebhookServer.tokensAndSecret());

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> withToken(String token, byte[] body) {
        return server.send(server.webhook(body).header(GorgiasWebhookEndpoint.TOKEN_HEADER, token).build());
    }

    private HttpResponse<String> withSignature(String signature, byte[] body) {
        return server.send(server.webhook(body).header(GorgiasWebhookEndpoint.SIGNATURE_HEADER, signature).build());
    }

    @Test
    void a_token_authenticated_delivery_is_accepted_after_it_is_stored() {
        var response = withToken(WebhookServer.TOKEN, SAMPLE);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"accepted\"");
        assertThat(server.storedEvents.events()).singleElement()
                .satisfies(e -> assertThat(e.dedupKey().value()).isEqualTo("message:91234567:310000002"));
        assertThat(eventId(response)).isNotBlank();
    }

    @Test
    void the_same_delivery_again_is_answered_as_a_duplicate_of_the_same_event() {
        var first = withToken(WebhookServer.TOKEN, SAMPLE);
        var again = withToken(WebhookServer.TOKEN, SAMPLE);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"status\":\"duplicate\"");
        assertThat(eventId(again)).isEqualTo(eventId(first));
        assertThat(server.storedEvents.events()).hasSize(1);
    }

    @Test
    void the_rotated_token_is_accepted_too() {
        assertThat(withToken(WebhookServer.ROTATED_TOKEN, SAMPLE).statusCode()).isEqualTo(202);
    }

    @Test
    void a_wrong_token_is_refused_with_a_problem_body_and_nothing_stored() {
        var response = withToken("not-the-token-0123456789abcdef", SAMPLE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain(WebhookServer.TOKEN);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_request_without_credentials_is_refused() {
        var response = server.send(server.webhook(SAMPLE).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("missing credentials");
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_valid_signature_is_accepted_with_or_without_the_prefix() {
        byte[] other = new String(SAMPLE, StandardCharsets.UTF_8).replace("310000002", "310000003")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(withSignature(sign(WebhookServer.SECRET, SAMPLE), SAMPLE).statusCode()).isEqualTo(202);
        assertThat(withSignature("sha256=" + sign(WebhookServer.SECRET, other), other).statusCode()).isEqualTo(202);
        assertThat(server.storedEvents.events()).hasSize(2);
    }

    @Test
    void a_tampered_body_wrong_secret_or_malformed_signature_is_refused() {
        byte[] tampered = new String(SAMPLE, StandardCharsets.UTF_8).replace("91234567", "91234568")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(withSignature(sign(WebhookServer.SECRET, SAMPLE), tampered).statusCode()).isEqualTo(401);
        assertThat(withSignature(sign("another-secret-0123456789abcdef", SAMPLE), SAMPLE).statusCode()).isEqualTo(401);
        assertThat(withSignature("sha256=not-hex", SAMPLE).statusCode()).isEqualTo(401);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void with_no_secret_configured_every_request_is_refused() {
        server.close();
        server = new WebhookServer(WebhookCredentials.of(List.of(), List.of()));

        assertThat(withToken(WebhookServer.TOKEN, SAMPLE).statusCode()).isEqualTo(401);
        assertThat(withToken("", SAMPLE).statusCode()).isEqualTo(401);
        assertThat(withSignature(sign(WebhookServer.SECRET, SAMPLE), SAMPLE).statusCode()).isEqualTo(401);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_reading() {
        byte[] big = new byte[(int) WebhookServer.MAX_BYTES + 1];

        var response = withToken(WebhookServer.TOKEN, big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_streamed_body_without_length_is_cut_off_at_the_limit() {
        byte[] big = new byte[(int) WebhookServer.MAX_BYTES * 2];
        var request = HttpRequest.newBuilder(server.uri(GorgiasWebhookEndpoint.PATH))
                .header(GorgiasWebhookEndpoint.TOKEN_HEADER, WebhookServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();

        var response = server.send(request);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void a_streamed_body_within_the_limit_is_accepted() {
        var request = HttpRequest.newBuilder(server.uri(GorgiasWebhookEndpoint.PATH))
                .header(GorgiasWebhookEndpoint.TOKEN_HEADER, WebhookServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(SAMPLE)))
                .build();

        assertThat(server.send(request).statusCode()).isEqualTo(202);
    }

    @Test
    void authenticated_but_malformed_bodies_are_refused_and_nothing_is_stored() {
        List<String> bodies = List.of(
                "{not json",
                "[]",
                "{}",
                "{\"ticket\":{}}",
                "{\"ticket\":{\"id\":\"abc\"}}",
                "{\"ticket\":{\"id\":-4}}",
                "{\"ticket\":{\"id\":1.5}}",
                "{\"ticket\":{\"id\":1},\"ticket\":{\"id\":2}}",
                "{\"ticket\":{\"id\":1}} trailing",
                "{\"ticket\":{\"id\":99999999999999999999999}}");
        for (String body : bodies) {
            var response = withToken(WebhookServer.TOKEN, body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).contains("\"status\":400");
        }
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void invalid_utf8_and_deep_nesting_are_refused() {
        byte[] invalidUtf8 = {'{', '"', 't', 'i', 'c', 'k', 'e', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        String deep = "{\"ticket\":{\"id\":1},\"x\":" + "[".repeat(500) + "]".repeat(500) + "}";

        assertThat(withToken(WebhookServer.TOKEN, invalidUtf8).statusCode()).isEqualTo(400);
        assertThat(withToken(WebhookServer.TOKEN, deep.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        assertThat(server.storedEvents.events()).isEmpty();
    }

    @Test
    void ticket_ids_rendered_as_strings_are_understood() {
        var response = withToken(WebhookServer.TOKEN,
                "{\"ticket\":{\"id\":\" 4021 \"},\"message\":{\"id\":\"77\"}}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(server.storedEvents.events()).singleElement()
                .satisfies(e -> assertThat(e.dedupKey().value()).isEqualTo("message:4021:77"));
    }

    @Test
    void an_unknown_event_name_is_refused() {
        var request = server.webhook(SAMPLE).uri(server.uri(GorgiasWebhookEndpoint.PATH + "?event=ticket-deleted"))
                .header(GorgiasWebhookEndpoint.TOKEN_HEADER, WebhookServer.TOKEN).build();

        var response = server.send(request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unknown event");
    }

    @Test
    void failed_authentications_are_limited_per_address_but_the_real_sender_is_not() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(withToken("guess-" + i, SAMPLE).statusCode());
        }
        var limited = withToken("guess-again", SAMPLE);
        var legitimate = withToken(WebhookServer.TOKEN, SAMPLE);

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(legitimate.statusCode()).isEqualTo(202);
    }

    @Test
    void authenticated_traffic_over_its_budget_gets_429_with_retry_after() {
        server.close();
        server = new WebhookServer(WebhookServer.tokensAndSecret(), 2);

        withToken(WebhookServer.TOKEN, SAMPLE);
        withToken(WebhookServer.TOKEN, SAMPLE);
        var third = withToken(WebhookServer.TOKEN, SAMPLE);

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void a_failing_rate_limiter_lets_requests_through() {
        server.rateLimits.failing(true);

        assertThat(withToken(WebhookServer.TOKEN, SAMPLE).statusCode()).isEqualTo(202);
        assertThat(withToken("wrong-token-0123456789abcdef", SAMPLE).statusCode()).isEqualTo(401);
    }

    @Test
    void when_the_inbox_cannot_store_the_answer_is_503_never_2xx() {
        server.storedEvents.unavailable(true);

        var response = withToken(WebhookServer.TOKEN, SAMPLE);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"status\":503").doesNotContain("connection refused");
    }

    @Test
    void fifty_concurrent_identical_deliveries_store_one_event() throws Exception {
        int deliveries = 50;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return withToken(WebhookServer.TOKEN, SAMPLE);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var response : responses) {
                statuses.add(response.get().statusCode());
            }
            assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(deliveries - 1);
            assertThat(server.storedEvents.events()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknown_routes_answer_a_problem_document_and_liveness_answers_up() {
        var missing = server.send(HttpRequest.newBuilder(server.uri("/nope")).GET().build());
        var live = server.send(HttpRequest.newBuilder(server.uri("/health/live")).GET().build());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"status\":404");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("UP");
        assertThat(live.headers().firstValue("X-Request-Id")).isPresent();
    }

    private static String eventId(HttpResponse<String> response) {
        Matcher matcher = EVENT_ID.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
