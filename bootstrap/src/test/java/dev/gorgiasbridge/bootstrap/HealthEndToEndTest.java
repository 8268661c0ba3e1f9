package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /health tells the truth with each dependency down in turn (Redis lost: see ResilienceEndToEndTest). */
class HealthEndToEndTest {
    @RegisterExtension
    final FullStack stack = new FullStack("health");
    private RunningBridge bridge;

    private HttpResponse<String> health() {
        bridge = stack.bridge(0);
        return RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health")).build());
    }

    @Test
    void with_every_dependency_answering_the_service_is_up() {
        var response = health();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"UP\"").contains(
                "\"database\":{\"status\":\"UP\"", "\"redis\":{\"status\":\"UP\"", "\"gorgias\":{\"status\":\"UP\"",
                "\"shopify\":{\"status\":\"UP\"", "\"queue\":{\"status\":\"UP\"", "\"cache\":{\"status\":\"UP\"");
    }

    @Test
    void gorgias_refusing_our_credentials_makes_the_service_unavailable() {
        stack.fake.server.stubFor(get(urlPathEqualTo("/api/account")).atPriority(1)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\"}")));

        var response = health();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"gorgias\":{\"status\":\"DOWN\"", "\"shopify\":{\"status\":\"UP\"");
    }

    @Test
    void shopify_not_answering_in_time_is_reported_down() {
        stack.fake.server.stubFor(post(urlPathEqualTo(FakeHelpdeskAndShop.SHOPIFY_PATH)).withRequestBody(containing("shop { name }"))
                .atPriority(0).willReturn(aResponse().withStatus(200).withFixedDelay(8_000).withBody("{}")));

        var response = health();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"shopify\":{\"status\":\"DOWN\"", "no answer within");
    }

    @Test
    void postgres_refusing_connections_makes_the_service_unavailable() {
        var up = health();
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        String database = stack.postgres.settings().jdbcUrl().substring(stack.postgres.settings().jdbcUrl().lastIndexOf('/') + 1);
        Rows.admin(stack.postgres, "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
        Rows.admin(stack.postgres, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        try {
            var down = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health")).build());
            var ready = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health/ready")).build());
            var live = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health/live")).build());

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"database\":{\"status\":\"DOWN\"", "PostgreSQL did not answer");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(live.statusCode()).as("the process itself is fine").isEqualTo(200);
        } finally {
            Rows.admin(stack.postgres, "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
        }
    }
}
