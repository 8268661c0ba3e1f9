package dev.gorgiasbridge.application.health.port.in;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth.Status;
import java.time.Instant;
import java.util.Map;

/**
 * Every component's health and the verdict: DOWN when a required component is down, DEGRADED when any
 * other component is not fully up (e.g. Redis lost: the service works on, slower and unshared), else UP.
 */
public record HealthReport(Status status, Instant checkedAt, Map<String, Component> components) {
    public HealthReport {
        components = Map.copyOf(components);
    }

    /** A component's health and whether it is required. */
    public record Component(boolean required, ComponentHealth health) {
    }

    public static Status verdict(Map<String, Component> components) {
        boolean requiredDown = components.values().stream()
                .anyMatch(c -> c.required() && c.health().status() == Status.DOWN);
        if (requiredDown) {
            return Status.DOWN;
        }
        boolean anyNotUp = components.values().stream().anyMatch(c -> c.health().status() != Status.UP);
        return anyNotUp ? Status.DEGRADED : Status.UP;
    }
}
