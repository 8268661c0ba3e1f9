package dev.gorgiasbridge.adapters.persistence.testing;

import dev.gorgiasbridge.adapters.persistence.redis.RedisStore;
import java.net.URI;

/** The real Redis for tests: {@code TEST_REDIS_URL}, default {@code redis://127.0.0.1:6379}. */
public final class TestRedis {
    private TestRedis() {
    }

    /** The Redis URL; skips or fails the test (see {@link TestServices}) when Redis does not answer PING. */
    public static URI url() {
        String configured = System.getenv("TEST_REDIS_URL");
        URI url = URI.create(configured == null || configured.isBlank() ? "redis://127.0.0.1:6379" : configured);
        try (var redis = RedisStore.open(url)) {
            if (!redis.ping()) {
                TestServices.unavailable("Redis at " + url, "no answer to PING");
            }
        }
        return url;
    }
}
