package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import java.util.List;

/** A customer's orders in the shop (Shopify), newest first. */
public interface OrderHistory {

    /**
     * The customer's most recent orders, newest first, at most {@code limit}. A key the shop cannot
     * search by (a Gorgias id) yields no orders.
     *
     * @throws ExternalServiceException when the shop cannot answer; its type says whether to retry
     */
    List<Order> recentOrders(CustomerKey customer, int limit);

    /**
     * As {@link #recentOrders}, also saying how many orders in the shop's answer could not be read and were
     * left out (the others are still worth showing).
     */
    default RecentOrders find(CustomerKey customer, int limit) {
        return new RecentOrders(recentOrders(customer, limit), 0);
    }

    /** The orders found, newest first, and how many more the shop returned that could not be read. */
    record RecentOrders(List<Order> orders, int unreadable) {
        public RecentOrders {
            orders = List.copyOf(orders);
            if (unreadable < 0) {
                throw new IllegalArgumentException("unreadable must not be negative, got " + unreadable);
            }
        }
    }

    /** A cheap authenticated call proving the shop is reachable with our credentials. */
    Reachability reachability();
}
