package dev.gorgiasbridge.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth.Status;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HealthServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final AtomicInteger gorgiasAsked = new AtomicInteger();

    private static HealthProbe probe(String name, boolean required, ComponentHealth answer, AtomicInteger asked) {
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
                asked.incrementAndGet();
                return answer;
            }
        };
    }

    private HealthService service(ComponentHealth database) {
        return new HealthService(List.of(
                probe("database", true, database, new AtomicInteger()),
                probe("gorgias", false, ComponentHealth.degraded(Duration.ZERO, "Gorgias answered 500", Map.of()), gorgiasAsked)),
                Duration.ofSeconds(1), clock);
    }

    @Test
    void readiness_asks_only_what_taking_webhooks_needs() {
        var ready = service(ComponentHealth.up(Duration.ofMillis(2), Map.of())).assessRequired();

        assertThat(ready.status()).isEqualTo(Status.UP);
        assertThat(ready.components()).containsOnlyKeys("database");
        assertThat(gorgiasAsked).as("Gorgias is not asked for readiness").hasValue(0);
    }

    @Test
    void an_outage_of_an_optional_component_degrades_the_full_report_but_not_readiness() {
        var service = service(ComponentHealth.up(Duration.ofMillis(2), Map.of()));

        var full = service.assess();

        assertThat(full.status()).isEqualTo(Status.DEGRADED);
        assertThat(full.components().get("gorgias").health().error()).contains("Gorgias answered 500");
        assertThat(service.assessRequired().status()).isEqualTo(Status.UP);
    }

    @Test
    void the_database_down_is_down_for_both() {
        var service = service(ComponentHealth.down(Duration.ZERO, "PostgreSQL did not answer"));

        assertThat(service.assess().status()).isEqualTo(Status.DOWN);
        assertThat(service.assessRequired().status()).isEqualTo(Status.DOWN);
    }

    @Test
    void a_reason_that_quotes_a_credential_is_masked_before_anyone_sees_it() {
        var shopify = probe("shopify", false, ComponentHealth.down(Duration.ZERO,
                "GraphQL error: Invalid API key or access token: shpat_0123456789abcdef"), new AtomicInteger());
        var service = new HealthService(List.of(shopify), Duration.ofSeconds(1), clock,
                text -> text.replace("shpat_0123456789abcdef", "****"));

        var report = service.assess();

        assertThat(report.components().get("shopify").health().error())
                .contains("GraphQL error: Invalid API key or access token: ****");
    }
}
