package dev.gorgiasbridge.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.webhook.RetrySchedule.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void delays_double_from_thirty_seconds_up_to_two_hours() {
        assertThat(RetrySchedule.baseDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetrySchedule.baseDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetrySchedule.baseDelay(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(RetrySchedule.baseDelay(9)).isEqualTo(Duration.ofHours(2));
        assertThat(RetrySchedule.baseDelay(19)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void even_with_the_shortest_jitter_the_event_is_tried_for_more_than_a_day() {
        var schedule = new RetrySchedule(() -> new FixedRandom(0.0));
        Instant at = NOW;
        int attempt = 1;
        while (schedule.afterFailure(attempt, at, Optional.empty()) instanceof Decision.RetryAt retry) {
            at = retry.at();
            attempt++;
        }

        assertThat(attempt).isEqualTo(RetrySchedule.MAX_ATTEMPTS);
        assertThat(Duration.between(NOW, at)).isGreaterThan(Duration.ofHours(24));
    }

    @Test
    void the_last_attempt_gives_up() {
        var schedule = new RetrySchedule(() -> new FixedRandom(0.5));

        assertThat(schedule.afterFailure(RetrySchedule.MAX_ATTEMPTS, NOW, Optional.empty()))
                .isInstanceOf(Decision.GiveUp.class);
    }

    @Test
    void a_retry_after_longer_than_the_backoff_is_honoured() {
        var schedule = new RetrySchedule(() -> new FixedRandom(0.5));

        assertThat(schedule.afterFailure(1, NOW, Optional.of(Duration.ofSeconds(7))))
                .isEqualTo(new Decision.RetryAt(NOW.plusSeconds(30)));
        assertThat(schedule.afterFailure(1, NOW, Optional.of(Duration.ofMinutes(5))))
                .isEqualTo(new Decision.RetryAt(NOW.plus(Duration.ofMinutes(5))));
    }

    @Property
    void jitter_stays_within_twenty_percent(@ForAll @IntRange(min = 1, max = 24) int attempt,
                                            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
        var decision = (Decision.RetryAt) new RetrySchedule(() -> new FixedRandom(random)).afterFailure(attempt, NOW, Optional.empty());
        long base = RetrySchedule.baseDelay(attempt).toMillis();
        long delay = Duration.between(NOW, decision.at()).toMillis();

        assertThat(delay).isBetween(Math.round(base * 0.8) - 1, Math.round(base * 1.2) + 1);
    }

    @Test
    void every_decision_asks_for_the_random_source_on_the_deciding_thread() throws InterruptedException {
        Thread main = Thread.currentThread();
        List<Thread> askedBy = new CopyOnWriteArrayList<>();
        Map<Thread, RandomGenerator> ownSources = new ConcurrentHashMap<>();
        var schedule = new RetrySchedule(() -> {
            askedBy.add(Thread.currentThread());
            return ownSources.computeIfAbsent(Thread.currentThread(), t -> new FixedRandom(t == main ? 0.0 : 0.75));
        });
        var decisions = new CopyOnWriteArrayList<Decision>();

        decisions.add(schedule.afterFailure(1, NOW, Optional.empty()));
        Thread worker = Thread.ofPlatform().name("worker-1").start(() -> decisions.add(schedule.afterFailure(1, NOW, Optional.empty())));
        worker.join();
        decisions.add(schedule.afterFailure(1, NOW, Optional.empty()));

        assertThat(askedBy).containsExactly(main, worker, main);
        assertThat(decisions).containsExactly(new Decision.RetryAt(NOW.plusSeconds(24)),
                new Decision.RetryAt(NOW.plusSeconds(33)), new Decision.RetryAt(NOW.plusSeconds(24)));
    }

    /** A generator whose every double is the same, for decisions that can be asserted exactly. */
    private record FixedRandom(double value) implements RandomGenerator {
        @Override
        public double nextDouble() {
            return value;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only doubles are drawn for jitter");
        }
    }
}
