package dev.gorgiasbridge.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisOrderCacheTest extends OrderCacheContract {
    private static RedisStore redis;

    @BeforeAll
    static void connect() {
        redis = RedisStore.open(TestRedis.url());
    }

    @AfterAll
    static void close() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected OrderCache cache() {
        return redis.orderCache(Duration.ofMinutes(1), Clock.systemUTC());
    }

    @Override
    protected CustomerKey freshCustomer() {
        // Redis outlives the test run: a new customer per test keeps earlier runs' entries out of the way.
        return CustomerKey.email("cache-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    void two_instances_share_cached_orders() {
        CustomerKey customer = freshCustomer();
        try (var other = RedisStore.open(TestRedis.url())) {
            cache().put(customer, List.of(splitShipment()));

            assertThat(other.orderCache(Duration.ofMinutes(1), Clock.systemUTC()).get(customer))
                    .contains(List.of(splitShipment()));
        }
    }

    @Test
    void entries_expire_after_their_time_to_live() throws InterruptedException {
        CustomerKey customer = freshCustomer();
        OrderCache shortLived = redis.orderCache(Duration.ofMillis(200), Clock.systemUTC());

        shortLived.put(customer, List.of(splitShipment()));
        Thread.sleep(500);

        assertThat(shortLived.get(customer)).isEmpty();
    }

    @Test
    void without_redis_the_cache_misses_counts_errors_and_reports_degraded() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var nowhere = RedisStore.open(URI.create("redis://127.0.0.1:" + closedPort))) {
            OrderCache cache = nowhere.orderCache(Duration.ofMinutes(1), Clock.systemUTC());
            CustomerKey customer = freshCustomer();

            cache.put(customer, List.of(splitShipment()));
            var read = cache.get(customer);

            assertThat(read).isEmpty();
            assertThat(cache.status()).isInstanceOfSatisfying(OrderCache.CacheStatus.Degraded.class,
                    degraded -> assertThat(degraded.errors()).isEqualTo(2));
        }
    }

    @Test
    void after_repeated_failures_redis_is_bypassed_without_more_errors() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var nowhere = RedisStore.open(URI.create("redis://127.0.0.1:" + closedPort))) {
            OrderCache cache = nowhere.orderCache(Duration.ofMinutes(1), Clock.systemUTC());
            for (int i = 0; i < 20; i++) {
                cache.get(freshCustomer());
            }

            assertThat(cache.status()).isInstanceOfSatisfying(OrderCache.CacheStatus.Degraded.class, degraded -> {
                assertThat(degraded.reason()).contains("bypassed");
                assertThat(degraded.errors()).as("the open circuit stops calls").isLessThan(20);
            });
        }
    }

    @Test
    void once_redis_is_back_the_cache_recovers_without_waiting_for_traffic() {
        var clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
        try (var link = SeverableLink.to(TestRedis.url()); var throughLink = RedisStore.open(link.url())) {
            OrderCache cache = throughLink.orderCache(Duration.ofMinutes(1), clock);
            CustomerKey customer = freshCustomer();
            cache.put(customer, List.of(splitShipment()));
            assertThat(cache.get(customer)).as("the pool now holds connections").isPresent();

            link.cut();
            for (int i = 0; i < 10; i++) {
                cache.get(customer);
            }
            assertThat(cache.status()).isInstanceOfSatisfying(OrderCache.CacheStatus.Degraded.class,
                    degraded -> assertThat(degraded.reason()).contains("bypassed"));

            link.restore();
            clock.advance(RedisOrderCache.BYPASS_AFTER_FAILURES.plusSeconds(1));
            // No order lookups meanwhile: health checks asking for the status are the only calls.
            cache.status();
            cache.status();

            assertThat(cache.status()).isInstanceOf(OrderCache.CacheStatus.Healthy.class);
            assertThat(cache.get(customer)).contains(List.of(splitShipment()));
        }
    }
}
