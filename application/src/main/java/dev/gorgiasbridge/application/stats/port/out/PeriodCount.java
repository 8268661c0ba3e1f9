package dev.gorgiasbridge.application.stats.port.out;

import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Instant;

/** How many events received in the period starting at {@code start} are now in {@code status}. */
public record PeriodCount(Instant start, EventStatus status, long count) {
}
