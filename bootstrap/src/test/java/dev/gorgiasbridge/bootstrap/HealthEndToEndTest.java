package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /health tells the truth with each dependency down in turn, and /health/ready (the load balancer's
 * question) depends on the database alone (Redis lost: see ResilienceEndToEndTest).
 */
class HealthEndToEndTest {
    @RegisterExtension
    final FullStack stack = new FullStack("health");
    private RunningBridge bridge;

    private HttpResponse<String> call(String path) {
        return RunningBridge.send(HttpRequest.newBuilder(bridge.uri(path)).timeout(Duration.ofSeconds(30)).build());
    }

    private HttpResponse<String> health() {
        bridge = stack.bridge(0);
        return call("/health");
    }

    @Test
    void with_every_dependency_answering_the_service_is_up() {
        var response = health();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"UP\"").contains(
                "\"database\":{\"status\":\"UP\"", "\"redis\":{\"status\":\"UP\"", "\"gorgias\":{\"status\":\"UP\"",
                "\"shopify\":{\"status\":\"UP\"", "\"queue\":{\"status\":\"UP\"", "\"cache\":{\"status\":\"UP\"");
        assertThat(response.body()).as("statuses, not internals").doesNotContain("pool_", "pending", "details");
        assertThat(call("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void gorgias_refusing_our_credentials_degrades_the_service_but_keeps_it_in_rotation() {
        stack.fake.server.stubFor(get(urlPathEqualTo("/api/account")).atPriority(1)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\"}")));

        var response = health();
        var ready = call("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"DEGRADED\"")
                .contains("\"gorgias\":{\"status\":\"DOWN\",\"required\":false", "\"shopify\":{\"status\":\"UP\"", "401");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"").doesNotContain("gorgias");
    }

    @Test
    void shopify_answering_500_degrades_the_service_but_keeps_it_in_rotation() {
        stack.fake.server.stubFor(post(urlPathEqualTo(FakeHelpdeskAndShop.SHOPIFY_PATH)).withRequestBody(containing("shop { name }"))
                .atPriority(0).willReturn(aResponse().withStatus(500).withBody("{\"errors\":\"Internal Server Error\"}")));

        var response = health();
        var ready = call("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"DEGRADED\"").contains("\"shopify\":{\"status\":\"DOWN\",\"required\":false",
                "\"error\":\"", "500");
        assertThat(ready.statusCode()).isEqualTo(200);
    }

    @Test
    void an_upstream_error_that_quotes_our_token_is_masked_in_the_public_health_report() {
        stack.fake.server.stubFor(post(urlPathEqualTo(FakeHelpdeskAndShop.SHOPIFY_PATH)).withRequestBody(containing("shop { name }"))
                .atPriority(0).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"message\":\"Invalid API key or access token: shpat_e2e0123456789abcdef,"
                                + " Authorization: Bearer sekrit_bearer_value_99887766\"}]}")));

        var response = health();

        assertThat(response.body()).contains("\"shopify\":{\"status\":\"DOWN\"", "Invalid API key or access token")
                .doesNotContain("shpat_e2e0123456789abcdef", "sekrit_bearer_value_99887766");
    }

    @Test
    void gorgias_and_shopify_refusing_connections_degrade_the_service_but_keep_it_in_rotation() throws IOException {
        String nowhere;
        try (var socket = new ServerSocket(0)) {
            nowhere = "http://127.0.0.1:" + socket.getLocalPort();
        }
        bridge = stack.bridge(0, Map.of("GORGIAS_BASE_URL", nowhere, "SHOPIFY_BASE_URL", nowhere));

        var response = call("/health");
        var ready = call("/health/ready");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"DEGRADED\"")
                .contains("\"gorgias\":{\"status\":\"DOWN\",\"required\":false", "\"shopify\":{\"status\":\"DOWN\",\"required\":false");
        assertThat(ready.statusCode()).isEqualTo(200);
        var webhook = bridge.post(RunningBridge.contract("gorgias/ticket-message-created.json"), RunningBridge.TOKEN);
        assertThat(webhook.statusCode()).as("webhooks are still taken").isEqualTo(202);
    }

    @Test
    void shopify_not_answering_in_time_is_reported_degraded() {
        stack.fake.server.stubFor(post(urlPathEqualTo(FakeHelpdeskAndShop.SHOPIFY_PATH)).withRequestBody(containing("shop { name }"))
                .atPriority(0).willReturn(aResponse().withStatus(200).withFixedDelay(8_000).withBody("{}")));

        var response = health();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"shopify\":{\"status\":\"DOWN\"", "no answer within")
                .startsWith("{\"status\":\"DEGRADED\"");
        assertThat(call("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void postgres_refusing_connections_takes_the_instance_out_of_rotation() {
        var up = health();
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        String database = stack.postgres.settings().jdbcUrl().substring(stack.postgres.settings().jdbcUrl().lastIndexOf('/') + 1);
        Rows.admin(stack.postgres, "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
        Rows.admin(stack.postgres, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        try {
            // Answers are kept two seconds: the next check after that sees the outage.
            await().atMost(Duration.ofSeconds(15)).until(() -> call("/health/ready").statusCode() == 503);
            var down = call("/health");
            var ready = call("/health/ready");
            var live = call("/health/live");

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"database\":{\"status\":\"DOWN\"", "PostgreSQL did not answer");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("PostgreSQL did not answer");
            assertThat(live.statusCode()).as("the process itself is fine").isEqualTo(200);
        } finally {
            Rows.admin(stack.postgres, "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> call("/health/ready").statusCode() == 200);
    }

    @Test
    void sixty_concurrent_health_calls_on_a_large_inbox_do_not_delay_a_webhook() throws Exception {
        bridge = stack.bridge(0);
        // 200,000 stored events, a few of them due: what a month of traffic leaves behind.
        Rows.execute(stack.postgres, """
                INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, status, next_attempt_at, received_at)
                SELECT 'seed:' || n, 'ticket-message-created', n, '{"ticket":{"id":' || n || '}}',
                       CASE WHEN n % 1000 = 0 THEN 'dead' WHEN n % 5000 = 1 THEN 'retry' ELSE 'done' END,
                       now() + interval '1 hour', now() - (n || ' seconds')::interval
                FROM generate_series(1, 200000) AS n
                """);
        Rows.execute(stack.postgres, "ANALYZE webhook_events");
        var running = new AtomicBoolean(true);
        var answered = new AtomicInteger();
        var failures = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String path = i % 2 == 0 ? "/health" : "/health/ready";
            callers.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    var response = call(path);
                    (response.statusCode() == 200 ? answered : failures).incrementAndGet();
                }
            }));
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> answered.get() >= 120);

            var webhook = RunningBridge.send(bridge.webhook(RunningBridge.contract("gorgias/ticket-message-created.json"))
                    .header("X-Gorgias-Bridge-Token", RunningBridge.TOKEN).timeout(Duration.ofSeconds(5)).build());
            int answeredBefore = answered.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> answered.get() >= answeredBefore + 60);

            assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(202);
            assertThat(failures).as("every health call answered 200").hasValue(0);
        } finally {
            running.set(false);
            for (Thread caller : callers) {
                caller.join(Duration.ofSeconds(30));
            }
        }
    }
}
