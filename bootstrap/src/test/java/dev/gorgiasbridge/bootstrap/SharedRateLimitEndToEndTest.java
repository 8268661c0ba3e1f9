package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances behind one load balancer share their rate-limit buckets through Redis. */
class SharedRateLimitEndToEndTest {
    private static final byte[] SAMPLE = RunningBridge.contract("gorgias/ticket-message-created.json");

    private TestPostgres postgres;
    private RunningBridge first;
    private RunningBridge second;

    @BeforeEach
    void start() {
        postgres = TestPostgres.create("limits");
        var env = Map.of(
                "DATABASE_URL", postgres.databaseUrl(),
                "REDIS_URL", TestRedis.url().toString(),
                "TRUSTED_PROXIES", "127.0.0.1",
                "WEBHOOK_UNAUTHENTICATED_PER_MINUTE", "4",
                "WORKER_CONCURRENCY", "0");
        first = new RunningBridge(env);
        second = new RunningBridge(env);
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
        postgres.close();
    }

    @Test
    void failed_authentications_on_either_instance_drain_one_bucket_and_the_real_sender_still_gets_through() {
        // A client address of its own (documentation range) keeps earlier runs' buckets in Redis out of the way.
        String client = "2001:db8::" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 2);

        int[] statuses = new int[6];
        for (int i = 0; i < statuses.length; i++) {
            RunningBridge instance = i % 2 == 0 ? first : second;
            statuses[i] = RunningBridge.send(instance.webhook(SAMPLE)
                    .header("X-Forwarded-For", client)
                    .header("X-Gorgias-Bridge-Token", "forged-token-" + i)
                    .build()).statusCode();
        }
        var legitimate = RunningBridge.send(second.webhook(SAMPLE)
                .header("X-Forwarded-For", client)
                .header("X-Gorgias-Bridge-Token", RunningBridge.TOKEN)
                .build());

        assertThat(statuses).containsExactly(401, 401, 401, 401, 429, 429);
        assertThat(legitimate.statusCode()).isEqualTo(202);
    }
}
