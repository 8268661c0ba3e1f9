package dev.gorgiasbridge.application.observed;

import dev.gorgiasbridge.application.port.out.OrderHistory;
import dev.gorgiasbridge.application.port.out.ProcessingMetrics;
import dev.gorgiasbridge.application.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import java.time.Duration;
import java.util.List;

/** Times every order lookup and counts how it ended, whatever shop client sits behind it. */
public final class ObservedOrderHistory implements OrderHistory {
    private final OrderHistory shop;
    private final ProcessingMetrics metrics;

    public ObservedOrderHistory(OrderHistory shop, ProcessingMetrics metrics) {
        this.shop = shop;
        this.metrics = metrics;
    }

    @Override
    public List<Order> recentOrders(CustomerKey customer, int limit) {
        long started = System.nanoTime();
        try {
            List<Order> orders = shop.recentOrders(customer, limit);
            metrics.externalCall("shopify", "recent_orders", "ok", Duration.ofNanos(System.nanoTime() - started));
            return orders;
        } catch (RuntimeException e) {
            metrics.externalCall("shopify", "recent_orders", CallOutcome.of(e), Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
    }

    @Override
    public Reachability reachability() {
        return shop.reachability();
    }
}
