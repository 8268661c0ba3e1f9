package dev.gorgiasbridge.application.health;

import dev.gorgiasbridge.application.port.out.ComponentHealth;
import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.application.port.out.HealthProbe;
import dev.gorgiasbridge.application.port.out.QueueStats;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The work queue: degraded when due events wait longer than {@code maxWait} (workers missing, stuck or
 * too few). Dead events are reported, not judged: they are kept on purpose until someone replays them.
 */
public final class QueueProbe implements HealthProbe {
    private final EventInbox inbox;
    private final Duration maxWait;

    public QueueProbe(EventInbox inbox, Duration maxWait) {
        this.inbox = inbox;
        this.maxWait = maxWait;
    }

    @Override
    public String component() {
        return "queue";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        long started = System.nanoTime();
        QueueStats stats;
        try {
            stats = inbox.stats();
        } catch (RuntimeException e) {
            return ComponentHealth.down(Duration.ofNanos(System.nanoTime() - started), "cannot read the queue: "
                    + e.getClass().getSimpleName());
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        Map<String, Object> details = new LinkedHashMap<>();
        for (EventStatus status : EventStatus.values()) {
            details.put(status.name().toLowerCase(Locale.ROOT), stats.count(status));
        }
        details.put("oldest_due_seconds", stats.oldestDueWaiting().map(Duration::toSeconds).orElse(0L));
        if (stats.oldestDueWaiting().filter(age -> age.compareTo(maxWait) > 0).isPresent()) {
            return ComponentHealth.degraded(latency, "events have waited more than " + maxWait.toMinutes()
                    + " minutes: are workers running?", details);
        }
        return ComponentHealth.up(latency, details);
    }
}
