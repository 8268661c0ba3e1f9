package dev.gorgiasbridge.adapters.persistence.redis;

import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.util.Pool;

/**
 * Orders cached in Redis, shared by every instance, with a TTL. Redis failing never fails processing
 * (docs/runbook.md): errors are counted, logged at most once a minute, the cache acts as a miss, and after
 * repeated failures a circuit breaker stops calling Redis for a while; {@link #status()} reports it.
 * Recovery does not wait for traffic: while the breaker is not closed, asking the status sends one PING
 * through it, so health checks alone close it again once Redis answers.
 */
final class RedisOrderCache implements OrderCache {
    private static final Logger log = LoggerFactory.getLogger(RedisOrderCache.class);
    // v2: orders carry delivery methods, requiresShipping and Shopify values this version does not know; a
    // v1 entry is never read as v2, it simply expires.
    private static final String PREFIX = "gorgias-bridge:orders:v2:";
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private final Pool<Jedis> pool;
    private final Duration ttl;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    /** How long Redis is left alone after the breaker opens before a trial call is let through. */
    static final Duration BYPASS_AFTER_FAILURES = Duration.ofSeconds(10);

    RedisOrderCache(Pool<Jedis> pool, Duration ttl, Clock clock) {
        this.pool = pool;
        this.ttl = ttl;
        this.clock = clock;
        this.breaker = CircuitBreaker.of("redis-order-cache", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(BYPASS_AFTER_FAILURES)
                .permittedNumberOfCallsInHalfOpenState(2)
                .clock(clock)
                .build());
    }

    @Override
    public Optional<List<Order>> get(CustomerKey customer) {
        return guarded("read", () -> {
            try (Jedis jedis = pool.getResource()) {
                return Optional.ofNullable(jedis.get(PREFIX + customer.canonical()));
            }
        }).flatMap(found -> found).flatMap(OrderCodec::decode);
    }

    @Override
    public void put(CustomerKey customer, List<Order> orders) {
        String json = OrderCodec.encode(orders);
        guarded("write", () -> {
            try (Jedis jedis = pool.getResource()) {
                return jedis.set(PREFIX + customer.canonical(), json, SetParams.setParams().px(ttl.toMillis()));
            }
        });
    }

    @Override
    public CacheStatus status() {
        if (breaker.getState() != CircuitBreaker.State.CLOSED) {
            guarded("ping", () -> {
                try (Jedis jedis = pool.getResource()) {
                    return jedis.ping();
                }
            });
        }
        if (breaker.getState() == CircuitBreaker.State.OPEN || breaker.getState() == CircuitBreaker.State.FORCED_OPEN) {
            return new CacheStatus.Degraded("Redis failing, cache bypassed: " + lastError.get(), errors.get());
        }
        String last = lastError.get();
        return last == null || breaker.getState() == CircuitBreaker.State.CLOSED && breaker.getMetrics().getNumberOfFailedCalls() == 0
                ? new CacheStatus.Healthy(errors.get())
                : new CacheStatus.Degraded("recent Redis failure: " + last, errors.get());
    }

    private <T> Optional<T> guarded(String operation, Supplier<T> call) {
        try {
            return Optional.ofNullable(breaker.executeSupplier(call));
        } catch (CallNotPermittedException open) {
            return Optional.empty();
        } catch (RuntimeException e) {
            if (e instanceof JedisConnectionException) {
                // The pool's idle connections died with the same server: drop them, so the first calls
                // after Redis returns do not fail one stale connection at a time and reopen the breaker.
                pool.clear();
            }
            errors.incrementAndGet();
            lastError.set(e.getClass().getSimpleName());
            warnOccasionally(operation, e);
            return Optional.empty();
        }
    }

    private void warnOccasionally(String operation, RuntimeException e) {
        Instant now = clock.instant();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARNING_INTERVAL)) && lastWarning.compareAndSet(last, now)) {
            log.warn("order cache {} failed, continuing without the cache ({} errors so far): {}", operation,
                    errors.get(), e.toString());
        }
    }
}
