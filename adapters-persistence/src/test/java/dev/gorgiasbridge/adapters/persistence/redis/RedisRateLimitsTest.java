package dev.gorgiasbridge.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import dev.gorgiasbridge.application.contract.RateLimitsContract;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
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
    void with_redis_unreachable_every_limit_still_holds_in_process() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var nowhere = RedisStore.open(URI.create("redis://127.0.0.1:" + closedPort))) {
            var limits = nowhere.rateLimits();
            Limit twoAMinute = new Limit(freshName(), 2, 2, Duration.ofMinutes(1));

            assertThat(nowhere.ping()).isFalse();
            assertThat(limits.tryConsume("203.0.113.7", twoAMinute)).isInstanceOf(Decision.Allowed.class);
            assertThat(limits.tryConsume("203.0.113.7", twoAMinute)).isInstanceOf(Decision.Allowed.class);
            assertThat(limits.tryConsume("203.0.113.7", twoAMinute)).isInstanceOfSatisfying(Decision.Limited.class,
                    limited -> assertThat(limited.retryAfter()).isPositive());
            assertThat(limits.tryConsume("198.51.100.2", twoAMinute)).as("another client's bucket")
                    .isInstanceOf(Decision.Allowed.class);
        }
    }
}
