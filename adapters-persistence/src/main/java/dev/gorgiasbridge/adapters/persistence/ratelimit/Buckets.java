package dev.gorgiasbridge.adapters.persistence.ratelimit;

import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Translation between the port's limits and decisions and bucket4j's configuration and probes. */
public final class Buckets {
    private Buckets() {
    }

    public static Bandwidth bandwidth(Limit limit) {
        return Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.refillTokens(), limit.period())
                .build();
    }

    public static BucketConfiguration configuration(Limit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    public static Decision decision(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return new Decision.Allowed();
        }
        // Round up to whole seconds: Retry-After is in seconds and must not invite a retry that is too early.
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision.Limited(Duration.ofSeconds(seconds));
    }
}
