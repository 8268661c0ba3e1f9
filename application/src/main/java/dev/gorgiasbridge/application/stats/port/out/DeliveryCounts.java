package dev.gorgiasbridge.application.stats.port.out;

import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import java.time.Instant;
import java.util.Map;

/**
 * Every webhook delivery by what became of it, the refused ones included, counted durably: refused
 * deliveries are never stored as events, so without these counts a burst of forged or misconfigured
 * deliveries would leave no trace in the success criteria.
 */
public interface DeliveryCounts {

    /**
     * Deliveries answered in {@code [from, to)} by outcome, outcomes without any left out. Counted per
     * minute: the minute {@code from} falls in counts whole.
     */
    Map<WebhookOutcome, Long> count(Instant from, Instant to);
}
