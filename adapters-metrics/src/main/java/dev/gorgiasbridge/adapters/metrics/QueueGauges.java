package dev.gorgiasbridge.adapters.metrics;

import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.stats.port.in.QueueStats;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code gorgias_bridge_queue_events{status}} and {@code gorgias_bridge_queue_oldest_due_seconds}, read
 * from the inbox at most every few seconds however often the gauges are scraped.
 */
final class QueueGauges {
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final EventInbox inbox;
    private final Clock clock;
    private QueueStats last = new QueueStats(Map.of(), Optional.empty());
    private Instant readAt = Instant.MIN;

    private QueueGauges(EventInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    static void bind(EventInbox inbox, Clock clock, MeterRegistry registry) {
        var gauges = new QueueGauges(inbox, clock);
        for (EventStatus status : EventStatus.values()) {
            Gauge.builder("gorgias_bridge.queue.events", gauges, g -> g.stats().count(status))
                    .description("Stored events by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(registry);
        }
        Gauge.builder("gorgias_bridge.queue.oldest_due", gauges,
                        g -> g.stats().oldestDueWaiting().map(d -> d.toMillis() / 1000.0).orElse(0.0))
                .description("How long the oldest due event has waited")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    private synchronized QueueStats stats() {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(FRESH_FOR))) {
            try {
                last = inbox.stats();
            } catch (RuntimeException e) {
                // keep the last reading: a failing database shows in health, not as a hole in the graph
            }
            readAt = now;
        }
        return last;
    }
}
