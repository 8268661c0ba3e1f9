package dev.gorgiasbridge.application.limits.port.out;

import java.time.Duration;
import java.util.Objects;

/** Token buckets keyed by client, shared by every instance when the store behind them is shared. */
public interface RateLimits {

    /**
     * Takes one token from the bucket named {@code key}, creating it full under {@code limit} if new.
     *
     * @throws RuntimeException when the store behind the buckets fails; callers let the request through
     */
    Decision tryConsume(String key, Limit limit);

    /**
     * A bucket's shape: {@code capacity} tokens at most, refilled by {@code refillTokens} every {@code period}.
     */
    record Limit(String name, long capacity, long refillTokens, Duration period) {
        public Limit {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(period, "period");
            if (capacity < 1 || refillTokens < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a limit needs a positive capacity, refill and period");
            }
        }
    }

    sealed interface Decision {
        record Allowed() implements Decision {
        }

        record Limited(Duration retryAfter) implements Decision {
        }
    }
}
