package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.application.ingest.port.out.IngestMetrics;
import dev.gorgiasbridge.application.stats.port.out.DeliveryCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Deliveries counted per minute in a map; behaves like the PostgreSQL counts (DeliveryCountsContract). */
public final class InMemoryDeliveryCounts implements IngestMetrics, DeliveryCounts {
    private final Clock clock;
    private final Map<Map.Entry<Instant, WebhookOutcome>, Long> perMinute = new ConcurrentHashMap<>();

    public InMemoryDeliveryCounts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void webhook(WebhookOutcome outcome, Duration latency) {
        perMinute.merge(Map.entry(clock.instant().truncatedTo(ChronoUnit.MINUTES), outcome), 1L, Long::sum);
    }

    @Override
    public Map<WebhookOutcome, Long> count(Instant from, Instant to) {
        Instant firstMinute = from.truncatedTo(ChronoUnit.MINUTES);
        Map<WebhookOutcome, Long> counts = new EnumMap<>(WebhookOutcome.class);
        perMinute.forEach((key, n) -> {
            if (!key.getKey().isBefore(firstMinute) && key.getKey().isBefore(to)) {
                counts.merge(key.getValue(), n, Long::sum);
            }
        });
        return counts;
    }
}
