package dev.gorgiasbridge.application.health;

import dev.gorgiasbridge.application.port.out.ComponentHealth;
import dev.gorgiasbridge.application.port.out.HealthProbe;
import dev.gorgiasbridge.application.port.out.Reachability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An external API's authenticated reachability, remembered for a while (30 s in production) so frequent
 * health checks do not spend the API's rate-limit budget. Never required: the service takes webhooks and
 * retries its work while Gorgias or Shopify is out, so an outage degrades the service, with the reason,
 * and never takes an instance out of rotation.
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
                case Reachability.Unreachable unreachable ->
                        ComponentHealth.degraded(Duration.ZERO, unreachable.reason(), Map.of("checked_at", now.toString()));
            };
            lastAt = now;
        }
        return last;
    }
}
