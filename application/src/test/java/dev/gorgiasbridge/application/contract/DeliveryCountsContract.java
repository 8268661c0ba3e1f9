package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.stats.port.out.DeliveryCounts;
import dev.gorgiasbridge.application.ingest.port.out.IngestMetrics;
import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryCounts} must count, run against the in-memory fake and against PostgreSQL:
 * each delivery recorded through {@link IngestMetrics}, refused or not, by outcome and minute.
 */
public abstract class DeliveryCountsContract {
    private static final Instant START = Instant.parse("2026-11-30T12:00:30Z");
    private static final Duration LATENCY = Duration.ofMillis(3);

    protected final MutableClock clock = new MutableClock(START);
    private Counter counter;

    /** Where deliveries are recorded, and where they are read back. */
    public record Counter(IngestMetrics record, DeliveryCounts counts) {
    }

    /** A counter over an empty store, reading the time from {@code clock}. */
    protected abstract Counter freshCounter(Clock clock);

    @BeforeEach
    void setUp() {
        counter = freshCounter(clock);
    }

    private void deliver(WebhookOutcome outcome, int times) {
        for (int i = 0; i < times; i++) {
            counter.record().webhook(outcome, LATENCY);
        }
    }

    @Test
    void every_delivery_is_counted_by_outcome_the_refused_ones_included() {
        deliver(WebhookOutcome.ACCEPTED, 3);
        deliver(WebhookOutcome.DUPLICATE, 1);
        deliver(WebhookOutcome.UNAUTHORIZED, 10);
        deliver(WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, 250);
        deliver(WebhookOutcome.TOO_LARGE, 1);

        var counted = counter.counts().count(START.minus(Duration.ofHours(1)), START.plusSeconds(1));

        assertThat(counted).isEqualTo(Map.of(WebhookOutcome.ACCEPTED, 3L, WebhookOutcome.DUPLICATE, 1L,
                WebhookOutcome.UNAUTHORIZED, 10L, WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, 250L,
                WebhookOutcome.TOO_LARGE, 1L));
    }

    @Test
    void deliveries_are_counted_in_the_window_they_arrived_in_a_minute_at_a_time() {
        deliver(WebhookOutcome.ACCEPTED, 2);
        clock.advance(Duration.ofMinutes(10));
        deliver(WebhookOutcome.UNAUTHORIZED, 4);
        clock.advance(Duration.ofDays(2));
        deliver(WebhookOutcome.STORAGE_FAILED, 1);
        Instant now = clock.instant().plusSeconds(1);

        assertThat(counter.counts().count(START, START.plus(Duration.ofMinutes(5))))
                .isEqualTo(Map.of(WebhookOutcome.ACCEPTED, 2L));
        assertThat(counter.counts().count(START.plusSeconds(20), START.plus(Duration.ofMinutes(5))))
                .as("the minute the window starts in counts whole").isEqualTo(Map.of(WebhookOutcome.ACCEPTED, 2L));
        assertThat(counter.counts().count(START.plus(Duration.ofMinutes(5)), now.minus(Duration.ofDays(1))))
                .isEqualTo(Map.of(WebhookOutcome.UNAUTHORIZED, 4L));
        assertThat(counter.counts().count(now.minus(Duration.ofHours(24)), now))
                .isEqualTo(Map.of(WebhookOutcome.STORAGE_FAILED, 1L));
    }

    @Test
    void nothing_received_counts_nothing() {
        assertThat(counter.counts().count(START.minus(Duration.ofDays(30)), START)).isEmpty();
    }
}
