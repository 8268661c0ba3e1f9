package dev.gorgiasbridge.adapters.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A failing shared store hands every limit to this process's buckets: limits shrink in scope, never vanish. */
class FallbackRateLimitsTest {
    private static final Limit THREE_A_MINUTE = new Limit("webhook-unauthenticated", 3, 3, Duration.ofMinutes(1));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final InMemoryRateLimits shared = new InMemoryRateLimits();
    private final CountingLimits countedShared = new CountingLimits(shared);
    private final FallbackRateLimits limits = new FallbackRateLimits(countedShared, new InProcessRateLimits(), clock);

    @Test
    void while_the_shared_store_fails_the_limit_holds_in_process() {
        shared.failing(true);

        var decisions = java.util.stream.IntStream.range(0, 5).mapToObj(i -> limits.tryConsume("203.0.113.7", THREE_A_MINUTE)).toList();

        assertThat(decisions.subList(0, 3)).allMatch(Decision.Allowed.class::isInstance);
        assertThat(decisions.subList(3, 5)).allMatch(Decision.Limited.class::isInstance);
    }

    @Test
    void after_a_failure_the_shared_store_is_left_alone_for_a_while_then_asked_again() {
        shared.failing(true);
        limits.tryConsume("203.0.113.7", THREE_A_MINUTE);
        limits.tryConsume("203.0.113.7", THREE_A_MINUTE);
        assertThat(countedShared.calls.get()).as("one failed call, then local buckets only").isEqualTo(1);

        shared.failing(false);
        clock.advance(FallbackRateLimits.RETRY_SHARED_AFTER);
        limits.tryConsume("203.0.113.7", THREE_A_MINUTE);

        assertThat(countedShared.calls.get()).isEqualTo(2);
    }

    @Test
    void a_healthy_shared_store_decides_alone() {
        Limit one = new Limit("gorgias-api", 1, 1, Duration.ofMinutes(1));

        assertThat(limits.tryConsume("lindas", one)).isInstanceOf(Decision.Allowed.class);
        assertThat(limits.tryConsume("lindas", one)).isInstanceOf(Decision.Limited.class);
        assertThat(countedShared.calls.get()).isEqualTo(2);
    }

    /** Counts the calls that reach the store behind it. */
    private record CountingLimits(RateLimits delegate, AtomicInteger calls) implements RateLimits {
        CountingLimits(RateLimits delegate) {
            this(delegate, new AtomicInteger());
        }

        @Override
        public Decision tryConsume(String key, Limit limit) {
            calls.incrementAndGet();
            return delegate.tryConsume(key, limit);
        }
    }
}
