package dev.gorgiasbridge.adapters.persistence.redis;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import java.time.Duration;
import java.util.Map;

/** Redis answers PING. Not required: without it limits and cache are per instance, the service works on. */
final class RedisProbe implements HealthProbe {
    private final RedisStore redis;

    RedisProbe(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public String component() {
        return "redis";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        long started = System.nanoTime();
        boolean answered = redis.ping();
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        return answered ? ComponentHealth.up(latency, Map.of())
                : ComponentHealth.down(latency, "Redis does not answer PING; rate limits and cache are per instance meanwhile");
    }
}
