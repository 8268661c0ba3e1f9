package dev.gorgiasbridge.application.readiness;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import java.util.List;

/** A health probe read as a checklist item: up passes, degraded warns, down fails with the probe's error. */
public final class ProbeCheck implements ReadinessCheck {
    private final String item;
    private final HealthProbe probe;

    public ProbeCheck(String item, HealthProbe probe) {
        this.item = item;
        this.probe = probe;
    }

    @Override
    public String item() {
        return item;
    }

    @Override
    public List<Finding> check() {
        ComponentHealth health = probe.probe();
        String reason = health.error().orElse("answered in " + health.latency().toMillis() + " ms");
        return List.of(switch (health.status()) {
            case UP -> Finding.pass(item, reason);
            case DEGRADED -> Finding.warn(item, reason);
            case DOWN -> Finding.fail(item, reason);
        });
    }
}
