package dev.gorgiasbridge.adapters.persistence.redis;

import dev.gorgiasbridge.adapters.persistence.ratelimit.Buckets;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.Pool;

/**
 * Buckets in Redis (bucket4j compare-and-swap over Jedis), so every instance behind a load balancer
 * draws from the same bucket (README.md, "The webhook"). Keys expire once a bucket would be full again.
 */
final class RedisRateLimits implements RateLimits {
    private static final String KEY_PREFIX = "gorgias-bridge:rate-limit:";

    private final ProxyManager<byte[]> buckets;

    RedisRateLimits(Pool<Jedis> pool) {
        this.buckets = Bucket4jJedis.casBasedBuilder(pool)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public Decision tryConsume(String key, Limit limit) {
        byte[] redisKey = (KEY_PREFIX + limit.name() + ":" + key).getBytes(StandardCharsets.UTF_8);
        var bucket = buckets.builder().build(redisKey, () -> Buckets.configuration(limit));
        return Buckets.decision(bucket.tryConsumeAndReturnRemaining(1));
    }
}
