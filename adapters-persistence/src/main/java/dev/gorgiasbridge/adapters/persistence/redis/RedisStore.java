package dev.gorgiasbridge.adapters.persistence.redis;

import dev.gorgiasbridge.adapters.persistence.ratelimit.FallbackRateLimits;
import dev.gorgiasbridge.adapters.persistence.ratelimit.InProcessRateLimits;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * The shared Redis ({@code REDIS_URL}, {@code redis://} or {@code rediss://}) and what lives in it.
 * Timeouts are short: Redis is an optimisation here, and a slow Redis must not slow requests down.
 */
public final class RedisStore implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final JedisPool pool;

    private RedisStore(JedisPool pool) {
        this.pool = pool;
    }

    /** Opens a pool; connections are made on first use, so this succeeds while Redis is down. */
    public static RedisStore open(URI url) {
        var config = new JedisPoolConfig();
        config.setMaxTotal(32);
        config.setMaxWait(TIMEOUT);
        config.setTestWhileIdle(true);
        return new RedisStore(new JedisPool(config, url, (int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis()));
    }

    /**
     * Buckets shared by every instance, with this process's own buckets standing in while Redis fails:
     * limits become per instance during an outage, never lifted.
     */
    public RateLimits rateLimits() {
        return rateLimits(Clock.systemUTC());
    }

    /** As above, timing the return to Redis after a failure by {@code clock}. */
    public RateLimits rateLimits(Clock clock) {
        return new FallbackRateLimits(new RedisRateLimits(pool), new InProcessRateLimits(), clock);
    }

    /** Orders cached here for {@code ttl}, shared by every instance. */
    public OrderCache orderCache(Duration ttl, Clock clock) {
        return new RedisOrderCache(pool, ttl, clock);
    }

    /** Redis's health for reports: down means degraded service, not an outage. */
    public HealthProbe probe() {
        return new RedisProbe(this);
    }

    /** Whether Redis answers PING right now. */
    public boolean ping() {
        try (Jedis jedis = pool.getResource()) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            pool.clear(); // idle connections to a server that failed are stale; see RedisOrderCache
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
