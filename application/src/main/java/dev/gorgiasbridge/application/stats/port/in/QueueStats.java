package dev.gorgiasbridge.application.stats.port.in;

import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox at a glance.
 *
 * @param byStatus         how many events are in each status
 * @param oldestDueWaiting how long the oldest event that is due (pending, or a retry whose time came) has waited
 */
public record QueueStats(Map<EventStatus, Long> byStatus, Optional<Duration> oldestDueWaiting) {
    public QueueStats {
        byStatus = Map.copyOf(byStatus);
    }

    public long count(EventStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
