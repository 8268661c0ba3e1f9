package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** A cache in a map that never expires, for application tests; can be told to fail like a lost Redis. */
public final class InMemoryOrderCache implements OrderCache {
    private final Map<CustomerKey, List<Order>> orders = new ConcurrentHashMap<>();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicLong errors = new AtomicLong();

    @Override
    public Optional<List<Order>> get(CustomerKey customer) {
        if (failing.get()) {
            errors.incrementAndGet();
            return Optional.empty();
        }
        return Optional.ofNullable(orders.get(customer));
    }

    @Override
    public void put(CustomerKey customer, List<Order> found) {
        if (failing.get()) {
            errors.incrementAndGet();
            return;
        }
        orders.put(customer, List.copyOf(found));
    }

    @Override
    public CacheStatus status() {
        return failing.get() ? new CacheStatus.Degraded("store failing", errors.get()) : new CacheStatus.Healthy(errors.get());
    }

    public void failing(boolean fail) {
        failing.set(fail);
    }
}
