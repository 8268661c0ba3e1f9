package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.reliability.SustainedLoad.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redis dies under load: webhooks are still accepted and processed, health says DEGRADED, then UP again. */
class RedisOutageTest {

    @Test
    void ingest_and_processing_go_on_without_redis_and_health_recovers_when_it_returns() {
        try (var postgres = TestPostgres.create("redisoutage"); var redis = PrivateRedis.start();
             var fake = new FakeGorgiasAndShopify()) {
            var db = Database.of(postgres);
            var env = new HashMap<>(fake.environment());
            env.put("DATABASE_URL", postgres.databaseUrl());
            env.put("REDIS_URL", redis.url());
            env.put("WORKER_CONCURRENCY", "2");
            try (var bridge = BridgeProcess.start("redis-outage", env)) {
                var load = new SustainedLoad(2, Duration.ofMillis(50), 5_000, Duration.ofSeconds(90),
                        n -> Http.deliver(bridge.webhook(), n % 10 == 0
                                ? Deliveries.customerMessage(30_000_000L + n, 31_000_000L + n)
                                : Deliveries.agentReply(32_000_000L + n % 100, 33_000_000L + n)));
                Pause.of(Duration.ofSeconds(2));
                assertThat(health(bridge)).startsWith("200 {\"status\":\"UP\"");

                redis.kill();
                Instant down = Instant.now();
                Pause.of(Duration.ofSeconds(4));
                await().atMost(Duration.ofSeconds(20))
                        .untilAsserted(() -> assertThat(health(bridge)).startsWith("200 {\"status\":\"DEGRADED\""));
                assertThat(health(bridge)).contains("\"redis\":{\"status\":\"DOWN\"");
                // Processing went on: notes were posted for events that arrived after Redis died.
                await().atMost(Duration.ofSeconds(20)).until(() -> db.count(
                        "SELECT count(*) FROM webhook_events WHERE status = 'done' AND received_at > '" + down + "'") > 0);

                redis.startAgain();
                // The order cache's breaker lets a trial through 10 s after it opened; health checks alone
                // drive it closed again, so recovery does not depend on customer traffic.
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(health(bridge)).startsWith("200 {\"status\":\"UP\""));
                List<Sent> sent = load.stop();

                List<Sent> whileDown = sent.stream().filter(s -> s.at().isAfter(down)).toList();
                assertThat(whileDown).isNotEmpty();
                assertThat(sent).extracting(Sent::status).containsOnly(202);
                await().atMost(Duration.ofSeconds(60)).until(() -> db.unfinished() == 0);
                assertThat(db.count("SELECT count(*) FROM webhook_events")).isEqualTo(sent.size());
                assertThat(db.count("SELECT count(*) FROM webhook_events WHERE status NOT IN ('done', 'skipped')")).isZero();
                assertThat(fake.notesPosted()).doesNotHaveDuplicates()
                        .hasSize((int) db.count("SELECT count(*) FROM webhook_events WHERE status = 'done'"));
            }
        }
    }

    private static String health(BridgeProcess bridge) {
        var answer = Http.get(bridge.uri("/health"));
        return answer.status() + " " + answer.body();
    }
}
