package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.reliability.SustainedLoad.Sent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A flood of unauthenticated requests from the sender's own address does not rate-limit the real sender. */
class UnauthenticatedFloodTest {

    @Test
    void the_legitimate_sender_is_never_rate_limited_during_a_flood() {
        try (var postgres = TestPostgres.create("flood")) {
            var db = Database.of(postgres);
            var env = Map.of("DATABASE_URL", postgres.databaseUrl(), "WORKER_CONCURRENCY", "0");
            try (var bridge = BridgeProcess.start("flood", env)) {
                byte[] sample = Deliveries.customerMessage(40_000_000L, 41_000_000L);
                var flood = new SustainedLoad(12, Duration.ZERO, 30_000, Duration.ofSeconds(8),
                        n -> Http.post(bridge.webhook(), sample, n % 2 == 0
                                ? Map.of("X-Gorgias-Bridge-Token", "flood-" + n)
                                : Map.of("X-Forwarded-For", "203.0.113." + n % 250)));
                var legitimate = new SustainedLoad(1, Duration.ofMillis(20), 300, Duration.ofSeconds(8),
                        n -> Http.deliver(bridge.webhook(), Deliveries.customerMessage(42_000_000L + n, 43_000_000L + n)));
                List<Sent> real = legitimate.finish();
                List<Sent> forged = flood.finish();

                assertThat(real).hasSizeGreaterThan(50).extracting(Sent::status).containsOnly(202);
                assertThat(forged).hasSizeGreaterThan(1000).extracting(Sent::status).containsOnly(401, 429);
                // The unauthenticated limit (10 a minute per address) bit the flood, and only the flood.
                assertThat(forged.stream().filter(s -> s.status() == 401).count()).isLessThanOrEqualTo(11);
                assertThat(db.count("SELECT count(*) FROM webhook_events")).isEqualTo(real.size());
                assertThat(bridge.alive()).isTrue();
            }
        }
    }
}
