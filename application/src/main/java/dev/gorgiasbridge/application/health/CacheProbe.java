package dev.gorgiasbridge.application.health;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import java.time.Duration;
import java.util.Map;

/** The order cache: never required (the service works without it), degraded while its store fails. */
public final class CacheProbe implements HealthProbe {
    private final OrderCache cache;

    public CacheProbe(OrderCache cache) {
        this.cache = cache;
    }

    @Override
    public String component() {
        return "cache";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        return switch (cache.status()) {
            case OrderCache.CacheStatus.Healthy healthy -> ComponentHealth.up(Duration.ZERO, Map.of("errors", healthy.errors()));
            case OrderCache.CacheStatus.Degraded degraded ->
                    ComponentHealth.degraded(Duration.ZERO, degraded.reason(), Map.of("errors", degraded.errors()));
        };
    }
}
