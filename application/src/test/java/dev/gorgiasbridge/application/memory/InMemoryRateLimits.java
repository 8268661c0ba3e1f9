package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets that never refill, for tests that count requests; can be told to fail like a lost Redis.
 * Behaves like the real limiters within one refill period (see RateLimitsContract).
 */
public final class InMemoryRateLimits implements RateLimits {
    private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    @Override
    public Decision tryConsume(String key, Limit limit) {
        if (failing.get()) {
            throw new IllegalStateException("rate limit store unavailable");
        }
        AtomicLong left = remaining.computeIfAbsent(limit.name() + ":" + key, k -> new AtomicLong(limit.capacity()));
        if (left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Decision.Allowed();
        }
        long seconds = Math.max(1, limit.period().toSeconds() / limit.refillTokens());
        return new Decision.Limited(Duration.ofSeconds(seconds));
    }

    public void failing(boolean fail) {
        failing.set(fail);
    }
}
