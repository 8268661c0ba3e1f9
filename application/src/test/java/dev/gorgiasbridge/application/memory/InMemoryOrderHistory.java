package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.CustomerKey.GorgiasCustomer;
import dev.gorgiasbridge.domain.shipment.Order;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The shop's orders in a map, for application tests. Behaves like the Shopify client (see OrderHistoryContract). */
public final class InMemoryOrderHistory implements OrderHistory {
    private final Map<CustomerKey, List<Order>> orders = new ConcurrentHashMap<>();
    private volatile Optional<ExternalServiceException> failure = Optional.empty();

    /** Files orders under the key they are searched by, as Shopify finds them by customer id or by email. */
    public InMemoryOrderHistory add(CustomerKey customer, Order... added) {
        if (customer instanceof GorgiasCustomer) {
            throw new IllegalArgumentException("the shop does not know Gorgias ids");
        }
        orders.merge(customer, List.of(added), (old, more) -> {
            List<Order> all = new ArrayList<>(old);
            all.addAll(more);
            return List.copyOf(all);
        });
        return this;
    }

    /** Every later call fails with this, as the real client does when Shopify cannot answer; empty to recover. */
    public void failWith(Optional<ExternalServiceException> failure) {
        this.failure = failure;
    }

    @Override
    public List<Order> recentOrders(CustomerKey customer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (customer instanceof GorgiasCustomer) {
            return List.of();
        }
        failure.ifPresent(e -> {
            throw e;
        });
        return orders.getOrDefault(customer, List.of()).stream()
                .sorted(Comparator.comparing(Order::createdAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Reachability reachability() {
        return failure.<Reachability>map(e -> new Reachability.Unreachable(e.getMessage()))
                .orElse(new Reachability.Reachable(Duration.ZERO));
    }
}
