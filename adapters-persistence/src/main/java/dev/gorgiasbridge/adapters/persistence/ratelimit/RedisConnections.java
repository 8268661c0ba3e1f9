package dev.gorgiasbridge.adapters.persistence.ratelimit;

import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/** Opens the Jedis pool from a {@code redis://} or {@code rediss://} URL with short timeouts. */
public final class RedisConnections {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private RedisConnections() {
    }

    public static JedisPool open(URI url) {
        var config = new JedisPoolConfig();
        config.setMaxTotal(32);
        config.setMaxWait(TIMEOUT);
        config.setTestWhileIdle(true);
        return new JedisPool(config, url, (int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis());
    }

    /** Whether Redis answers PING right now. */
    public static boolean ping(JedisPool pool) {
        try (Jedis jedis = pool.getResource()) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
