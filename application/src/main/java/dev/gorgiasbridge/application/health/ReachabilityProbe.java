package dev.gorgiasbridge.application.health;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An external API's authenticated reachability, remembered for a while (30 s in production) so frequent
 * health checks do not spend the API's rate-limit budget. Never required: the service takes webhooks and
 * retries its work while Gorgias or Shopify is out, so an outage shows the component DOWN with the reason
 * and the service DEGRADED, and never takes an instance out of rotation.
 */
public final class ReachabilityProbe implements HealthProbe {
    private final String component;
    private final Supplier<Reachability> check;
    private final Duration remember;
    private final Clock clock;
    private ComponentHealth last;
    private Instant lastAt = Instant.MIN;

    public ReachabilityProbe(String component, Supplier<Reachability> check, Duration remember, Clock clock) {
        this.component = component;
        this.check = check;
        this.remember = remember;
        this.clock = clock;
    }

    @Override
    public String component() {
        return component;
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public synchronized ComponentHealth probe() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(remember))) {
            last = switch (check.get()) {
                case Reachability.Reachable reachable -> ComponentHealth.up(reachable.latency(), Map.of("checked_at", now.toString()));
                // Out (or not configured): the component is down, but never required, so the service is degraded.
                case Reachability.Unreachable unreachable -> new ComponentHealth(ComponentHealth.Status.DOWN, Duration.ZERO,
                        java.util.Optional.of(unreachable.reason()), Map.of("checked_at", now.toString()));
                // Refused credentials or permissions degrade the service; they are no outage (docs/runbook.md).
                case Reachability.Refused refused -> ComponentHealth.degraded(Duration.ZERO, refused.reason(),
                        Map.of("checked_at", now.toString(), "refused", true));
            };
            lastAt = now;
        }
        return last;
    }
}
