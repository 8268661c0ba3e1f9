package dev.gorgiasbridge.application.health.port.in;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One component's state in a health report.
 *
 * @param error   the last error, safe to show (no credentials)
 * @param details numbers and short facts, e.g. pool usage or queue depth
 */
public record ComponentHealth(Status status, Duration latency, Optional<String> error, Map<String, Object> details) {
    public ComponentHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(error, "error");
        details = Map.copyOf(details);
    }

    public static ComponentHealth up(Duration latency, Map<String, Object> details) {
        return new ComponentHealth(Status.UP, latency, Optional.empty(), details);
    }

    public static ComponentHealth degraded(Duration latency, String why, Map<String, Object> details) {
        return new ComponentHealth(Status.DEGRADED, latency, Optional.of(why), details);
    }

    public static ComponentHealth down(Duration latency, String why) {
        return new ComponentHealth(Status.DOWN, latency, Optional.of(why), Map.of());
    }

    public enum Status { UP, DEGRADED, DOWN }
}
