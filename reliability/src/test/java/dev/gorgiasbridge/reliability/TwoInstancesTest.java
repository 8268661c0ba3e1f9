package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.reliability.SustainedLoad.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two service processes on one PostgreSQL and one Redis: one queue processed once, one set of limits. */
class TwoInstancesTest {

    @Test
    void two_processes_under_load_process_each_event_exactly_once() {
        try (var postgres = TestPostgres.create("twoinstances"); var redis = PrivateRedis.start();
             var fake = new FakeGorgiasAndShopify()) {
            var db = Database.of(postgres);
            var env = environment(postgres, redis, fake, Map.of("WEBHOOK_RATE_PER_SECOND", "2000", "WEBHOOK_RATE_BURST", "2000"));
            try (var first = BridgeProcess.start("two-a", env); var second = BridgeProcess.start("two-b", env)) {
                var load = new SustainedLoad(4, Duration.ofMillis(20), 1_500, Duration.ofSeconds(60),
                        n -> Http.deliver((n % 2 == 0 ? first : second).webhook(), n % 30 == 0
                                ? Deliveries.customerMessage(10_000_000L + n, 11_000_000L + n)
                                : Deliveries.agentReply(12_000_000L + n % 200, 13_000_000L + n)));
                List<Sent> sent = load.finish();
                assertThat(sent).hasSize(1_500).extracting(Sent::status).containsOnly(202);

                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> db.unfinished() == 0);
                assertThat(db.count("SELECT count(*) FROM webhook_events")).isEqualTo(1_500);
                assertThat(db.count("SELECT count(*) FROM webhook_events WHERE status NOT IN ('done', 'skipped') OR attempts <> 1")).isZero();
                assertThat(db.count("SELECT count(*) FROM event_outcomes WHERE stage = 'read'")).isEqualTo(1_500);
                List<String> withNotes = db.column("SELECT 'gorgias-bridge:evt-' || id FROM webhook_events WHERE status = 'done'");
                assertThat(withNotes).hasSize(50);
                assertThat(fake.notesPosted()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(withNotes);
            }
        }
    }

    @Test
    void two_processes_draw_on_one_shared_set_of_rate_limits() {
        try (var postgres = TestPostgres.create("twolimits"); var redis = PrivateRedis.start();
             var fake = new FakeGorgiasAndShopify()) {
            var env = environment(postgres, redis, fake, Map.of("WEBHOOK_RATE_PER_SECOND", "1", "WEBHOOK_RATE_BURST", "20",
                    "WORKER_CONCURRENCY", "0"));
            try (var first = BridgeProcess.start("limits-a", env); var second = BridgeProcess.start("limits-b", env)) {
                Instant started = Instant.now();
                var authenticated = new SustainedLoad(4, Duration.ZERO, 80, Duration.ofSeconds(30),
                        n -> Http.deliver((n % 2 == 0 ? first : second).webhook(),
                                Deliveries.agentReply(14_000_000L + n, 15_000_000L + n))).finish();
                long seconds = Duration.between(started, Instant.now()).toSeconds() + 1;
                var forged = new SustainedLoad(2, Duration.ZERO, 40, Duration.ofSeconds(30),
                        n -> Http.post((n % 2 == 0 ? first : second).webhook(), new byte[] {'{', '}'},
                                Map.of("X-Gorgias-Bridge-Token", "forged-" + n))).finish();

                long accepted = authenticated.stream().filter(s -> s.status() == 202).count();
                // One bucket of 20 across both processes (plus 1/s refill); two private buckets would let 40 through.
                assertThat(accepted).isBetween(20L, 20L + seconds);
                assertThat(authenticated).extracting(Sent::status).containsOnly(202, 429);
                // Failed authentications: 10 a minute per address, counted once for both processes.
                assertThat(forged.stream().filter(s -> s.status() == 401).count()).isBetween(10L, 11L);
                assertThat(forged).extracting(Sent::status).containsOnly(401, 429);
            }
        }
    }

    private static Map<String, String> environment(TestPostgres postgres, PrivateRedis redis, FakeGorgiasAndShopify fake,
                                                   Map<String, String> extra) {
        var env = new HashMap<>(fake.environment());
        env.put("DATABASE_URL", postgres.databaseUrl());
        env.put("REDIS_URL", redis.url());
        env.put("WORKER_CONCURRENCY", "4");
        env.putAll(extra);
        return env;
    }
}
