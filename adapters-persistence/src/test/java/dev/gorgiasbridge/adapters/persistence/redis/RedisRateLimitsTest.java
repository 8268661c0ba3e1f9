package dev.gorgiasbridge.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import dev.gorgiasbridge.application.contract.RateLimitsContract;
import dev.gorgiasbridge.application.port.out.RateLimits;
import dev.gorgiasbridge.application.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.port.out.RateLimits.Limit;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisRateLimitsTest extends RateLimitsContract {
    private static RedisStore redis;
    private static RedisStore otherRedis;

    @BeforeAll
    static void connect() {
        URI url = TestRedis.url();
        redis = RedisStore.open(url);
        otherRedis = RedisStore.open(url);
    }

    @AfterAll
    static void close() {
        if (redis != null) {
            redis.close();
            otherRedis.close();
        }
    }

    @Override
    protected RateLimits limits() {
        return redis.rateLimits();
    }

    @Override
    protected String freshName() {
        // Redis outlives the test run: a new name per test keeps earlier runs' buckets out of the way.
        return "test-" + UUID.randomUUID();
    }

    @Test
    void two_instances_draw_from_the_same_bucket() {
        var first = redis.rateLimits();
        var second = otherRedis.rateLimits();
        Limit limit = new Limit(freshName(), 2, 2, Duration.ofMinutes(1));

        assertThat(first.tryConsume("203.0.113.7", limit)).isInstanceOf(Decision.Allowed.class);
        assertThat(second.tryConsume("203.0.113.7", limit)).isInstanceOf(Decision.Allowed.class);
        assertThat(first.tryConsume("203.0.113.7", limit)).isInstanceOf(Decision.Limited.class);
        assertThat(second.tryConsume("203.0.113.7", limit)).isInstanceOf(Decision.Limited.class);
    }

    @Test
    void an_unreachable_redis_fails_loudly_so_the_caller_can_fail_open() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var nowhere = RedisStore.open(URI.create("redis://127.0.0.1:" + closedPort))) {
            var limits = nowhere.rateLimits();

            assertThatThrownBy(() -> limits.tryConsume("203.0.113.7", new Limit(freshName(), 1, 1, Duration.ofMinutes(1))))
                    .isInstanceOf(RuntimeException.class);
            assertThat(nowhere.ping()).isFalse();
        }
    }
}
