package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.reliability.SustainedLoad.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A private PostgreSQL cluster is stopped (immediate mode, as a crash) under load and started again. No
 * 2xx may be answered for an event that is not stored, and the service recovers without being restarted.
 */
class PostgresOutageTest {

    @Test
    void no_event_is_acknowledged_unstored_and_the_service_recovers_when_postgres_returns() {
        try (var postgres = PrivatePostgres.start(); var fake = new FakeGorgiasAndShopify()) {
            var env = new HashMap<>(fake.environment());
            env.put("DATABASE_URL", postgres.databaseUrl());
            env.put("WORKER_CONCURRENCY", "2");
            env.put("DB_POOL_SIZE", "8");
            try (var bridge = BridgeProcess.start("postgres-outage", env)) {
                long pid = bridge.pid();
                var load = new SustainedLoad(4, Duration.ofMillis(30), 20_000, Duration.ofSeconds(120),
                        n -> Http.deliver(bridge.webhook(), n % 25 == 0
                                ? Deliveries.customerMessage(20_000_000L + n, 21_000_000L + n)
                                : Deliveries.agentReply(22_000_000L + n % 300, 23_000_000L + n)));
                Pause.of(Duration.ofSeconds(3));

                postgres.stop();
                Instant down = Instant.now();
                await().atMost(Duration.ofSeconds(20)).until(() -> load.soFar().stream()
                        .anyMatch(s -> s.at().isAfter(down) && s.status() == 503));
                Pause.of(Duration.ofSeconds(3));
                assertThat(Http.get(bridge.uri("/health/ready")).status()).isEqualTo(503);

                postgres.startAgain();
                Instant up = Instant.now();
                await().atMost(Duration.ofSeconds(30)).until(() -> load.soFar().stream()
                        .filter(s -> s.at().isAfter(up) && s.status() == 202).count() >= 20);
                List<Sent> sent = load.stop();

                // Recovered in the same process: no restart was needed or done.
                assertThat(bridge.alive()).isTrue();
                assertThat(bridge.pid()).isEqualTo(pid);
                assertThat(sent).extracting(Sent::status).containsOnly(202, 503).contains(503);
                List<String> acknowledged = sent.stream().filter(s -> s.status() / 100 == 2)
                        .map(s -> s.eventId().orElseThrow()).toList();
                var db = postgres.database();
                assertThat(db.column("SELECT id FROM webhook_events")).containsAll(acknowledged);
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> db.unfinished() == 0);
                assertThat(db.count("SELECT count(*) FROM webhook_events WHERE status NOT IN ('done', 'skipped')")).isZero();
                assertThat(Http.get(bridge.uri("/health/ready")).status()).isEqualTo(200);
            }
        }
    }
}
