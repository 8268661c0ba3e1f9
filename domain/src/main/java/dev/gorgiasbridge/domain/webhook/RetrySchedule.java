package dev.gorgiasbridge.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * When to try a failed event again (docs/architecture.md): exponential backoff from 30 seconds, doubling up to two
 * hours between attempts, each delay jittered by ±20 % so a burst of failures does not retry in step.
 * After {@link #MAX_ATTEMPTS} attempts — more than 24 hours of trying even with the shortest jitter —
 * the event is given up on (it becomes {@code dead}, kept and replayable). A server's {@code Retry-After}
 * is honoured: the next attempt is never earlier than it asks.
 *
 * <p>The jitter's random source is asked for on every decision, on the deciding thread: wired with
 * {@code ThreadLocalRandom::current}, each worker thread draws from its own generator. A generator bound
 * once (say {@code ThreadLocalRandom.current()::nextDouble} evaluated on the main thread) is shared by
 * every worker, and a thread-local generator used from a thread that never initialised it starts from the
 * same seed in every JVM, so instances that failed together would retry together.
 */
public final class RetrySchedule {
    public static final int MAX_ATTEMPTS = 25;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofHours(2);
    static final double JITTER = 0.2;

    private final Supplier<? extends RandomGenerator> randomSource;

    /** @param randomSource the calling thread's generator, asked for on every call: {@code ThreadLocalRandom::current} */
    public RetrySchedule(Supplier<? extends RandomGenerator> randomSource) {
        this.randomSource = Objects.requireNonNull(randomSource, "randomSource");
    }

    /** What to do after attempt number {@code attempt} (1 for the first) failed at {@code now}. */
    public Decision afterFailure(int attempt, Instant now, Optional<Duration> retryAfter) {
        if (attempt >= MAX_ATTEMPTS) {
            return new Decision.GiveUp();
        }
        double factor = 1 - JITTER + 2 * JITTER * randomSource.get().nextDouble();
        long millis = Math.round(baseDelay(attempt).toMillis() * factor);
        Duration delay = Duration.ofMillis(millis);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get();
        }
        return new Decision.RetryAt(now.plus(delay));
    }

    /** The delay before jitter after attempt {@code attempt}: 30 s, 1 min, 2 min, … capped at 2 h. */
    static Duration baseDelay(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Retry at a time, or stop trying. */
    public sealed interface Decision {
        record RetryAt(Instant at) implements Decision {
        }

        record GiveUp() implements Decision {
        }
    }
}
