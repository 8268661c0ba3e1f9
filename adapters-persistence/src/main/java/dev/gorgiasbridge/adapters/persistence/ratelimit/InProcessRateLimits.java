package dev.gorgiasbridge.adapters.persistence.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Buckets in this process's memory, for a single instance without Redis. Bounded in number and evicted
 * when idle, so a flood from many addresses cannot grow memory without limit.
 */
public final class InProcessRateLimits implements RateLimits {
    private static final long MAX_BUCKETS = 100_000;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_BUCKETS)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Override
    public Decision tryConsume(String key, Limit limit) {
        Bucket bucket = buckets.get(limit.name() + ":" + key,
                k -> Bucket.builder().addLimit(Buckets.bandwidth(limit)).build());
        return Buckets.decision(bucket.tryConsumeAndReturnRemaining(1));
    }
}
