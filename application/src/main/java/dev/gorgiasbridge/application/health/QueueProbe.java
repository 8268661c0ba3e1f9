package dev.gorgiasbridge.application.health;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.health.port.out.QueueAge;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The work queue: degraded when due events wait longer than {@code maxWait} (workers missing, stuck or
 * too few). It reads only the age of the oldest due event; the counts by status are for metrics and the
 * admin API, which do not run on every health check.
 */
public final class QueueProbe implements HealthProbe {
    private final QueueAge queue;
    private final Duration maxWait;

    public QueueProbe(QueueAge queue, Duration maxWait) {
        this.queue = queue;
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
        Optional<Duration> oldest;
        try {
            oldest = queue.oldestDueWaiting();
        } catch (RuntimeException e) {
            return ComponentHealth.down(Duration.ofNanos(System.nanoTime() - started), "cannot read the queue: "
                    + e.getClass().getSimpleName());
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        Map<String, Object> details = Map.of("oldest_due_seconds", oldest.map(Duration::toSeconds).orElse(0L));
        if (oldest.filter(age -> age.compareTo(maxWait) > 0).isPresent()) {
            return ComponentHealth.degraded(latency, "events have waited more than " + maxWait.toMinutes()
                    + " minutes: are workers running?", details);
        }
        return ComponentHealth.up(latency, details);
    }
}
