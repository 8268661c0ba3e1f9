package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.health.HealthService;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.ingest.AcceptWebhookService;
import dev.gorgiasbridge.application.ingest.WebhookLimits;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthEndpointsTest {

    private static HealthProbe probe(String name, boolean required, ComponentHealth answer) {
        return new HealthProbe() {
            @Override
            public String component() {
                return name;
            }

            @Override
            public boolean required() {
                return required;
            }

            @Override
            public ComponentHealth probe() {
                return answer;
            }
        };
    }

    private static HttpResponse<String> get(List<HealthProbe> probes, String path) throws Exception {
        var webhook = new GorgiasWebhookEndpoint(WebhookCredentials.of(List.of(), List.of()),
                new AcceptWebhookService(new InMemoryEventInbox(), Clock.systemUTC()),
                WebhookLimits.withDefaults(new InMemoryRateLimits()), ClientAddresses.trusting(List.of()), 1024, Clock.systemUTC());
        var health = new HealthEndpoints(new HealthService(probes, Duration.ofMillis(500), Clock.systemUTC()));
        try (var server = HttpServer.start("127.0.0.1", 0, new HttpServer.Routes(webhook, health, Optional.empty()))) {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static final ComponentHealth UP = ComponentHealth.up(Duration.ofMillis(3), Map.of("pool_active", 1));

    @Test
    void all_components_up_is_200_up_with_each_component_s_status_but_no_internals() throws Exception {
        var response = get(List.of(probe("database", true, UP), probe("redis", false, UP)), "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"database\":{\"status\":\"UP\",\"required\":true,\"latency_ms\":3")
                .doesNotContain("pool_active").doesNotContain("details");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void a_required_component_down_is_503_with_its_error() throws Exception {
        var response = get(List.of(probe("database", true, ComponentHealth.down(Duration.ZERO, "PostgreSQL did not answer")),
                probe("redis", false, UP)), "/health/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"", "PostgreSQL did not answer");
    }

    @Test
    void readiness_is_200_while_gorgias_and_shopify_are_out_and_shows_only_the_database() throws Exception {
        var probes = List.of(probe("database", true, UP),
                probe("gorgias", false, ComponentHealth.degraded(Duration.ZERO, "Gorgias answered 500", Map.of())),
                probe("shopify", false, ComponentHealth.down(Duration.ZERO, "connection refused")));

        var ready = get(probes, "/health/ready");
        var full = get(probes, "/health");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"").doesNotContain("gorgias", "shopify");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).startsWith("{\"status\":\"DEGRADED\"").contains("Gorgias answered 500", "connection refused");
    }

    @Test
    void redis_down_is_degraded_but_still_200() throws Exception {
        var response = get(List.of(probe("database", true, UP),
                probe("redis", false, ComponentHealth.down(Duration.ZERO, "Redis does not answer PING"))), "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"DEGRADED\"").contains("Redis does not answer PING");
    }

    @Test
    void a_probe_that_hangs_is_reported_down_instead_of_hanging_the_endpoint() throws Exception {
        HealthProbe hanging = new HealthProbe() {
            @Override
            public String component() {
                return "database";
            }

            @Override
            public boolean required() {
                return true;
            }

            @Override
            public ComponentHealth probe() {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return UP;
            }
        };

        var response = get(List.of(hanging), "/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("no answer within 500 ms");
    }
}
