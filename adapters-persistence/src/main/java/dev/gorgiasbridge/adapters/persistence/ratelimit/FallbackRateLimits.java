package dev.gorgiasbridge.adapters.persistence.ratelimit;

import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared buckets with this process's own buckets standing in while the shared store fails: a limit is
 * never lifted, it only becomes per instance until the store answers again (docs/runbook.md, "Redis
 * outage"). After a failure the shared store is left alone for {@link #RETRY_SHARED_AFTER}, so a Redis
 * that hangs costs one timeout now and then, not one per request.
 */
public final class FallbackRateLimits implements RateLimits {
    static final Duration RETRY_SHARED_AFTER = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(FallbackRateLimits.class);

    private final RateLimits shared;
    private final RateLimits local;
    private final Clock clock;
    private final AtomicReference<Instant> sharedAgainAt = new AtomicReference<>(Instant.MIN);
    private final AtomicBoolean degraded = new AtomicBoolean();

    public FallbackRateLimits(RateLimits shared, RateLimits local, Clock clock) {
        this.shared = shared;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public Decision tryConsume(String key, Limit limit) {
        if (clock.instant().isBefore(sharedAgainAt.get())) {
            return local.tryConsume(key, limit);
        }
        try {
            Decision decision = shared.tryConsume(key, limit);
            if (degraded.compareAndSet(true, false)) {
                LOG.info("shared rate limits answer again; limits and budgets are shared between instances again");
            }
            return decision;
        } catch (RuntimeException failure) {
            sharedAgainAt.set(clock.instant().plus(RETRY_SHARED_AFTER));
            if (degraded.compareAndSet(false, true)) {
                // The class only: a store's message may name its connection.
                LOG.warn("shared rate limits unavailable ({}); every limit and budget is enforced by this instance "
                        + "alone until they answer", failure.getClass().getSimpleName());
            }
            return local.tryConsume(key, limit);
        }
    }
}
