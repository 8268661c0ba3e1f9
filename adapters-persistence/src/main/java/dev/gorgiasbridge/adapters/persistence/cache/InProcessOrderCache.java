package dev.gorgiasbridge.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Orders cached in this process (Caffeine), for a single instance without Redis. */
public final class InProcessOrderCache implements OrderCache {
    private static final long MAX_CUSTOMERS = 10_000;

    private final Cache<String, List<Order>> orders;

    public InProcessOrderCache(Duration ttl) {
        this.orders = Caffeine.newBuilder().maximumSize(MAX_CUSTOMERS).expireAfterWrite(ttl).build();
    }

    @Override
    public Optional<List<Order>> get(CustomerKey customer) {
        return Optional.ofNullable(orders.getIfPresent(customer.canonical()));
    }

    @Override
    public void put(CustomerKey customer, List<Order> found) {
        orders.put(customer.canonical(), List.copyOf(found));
    }

    @Override
    public CacheStatus status() {
        return new CacheStatus.Healthy(0);
    }
}
