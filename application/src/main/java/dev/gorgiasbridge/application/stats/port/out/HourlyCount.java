package dev.gorgiasbridge.application.stats.port.out;

import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Instant;

/** How many events received in the hour starting at {@code hour} are now in {@code status}. */
public record HourlyCount(Instant hour, EventStatus status, long count) {
}
