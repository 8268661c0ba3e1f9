package dev.gorgiasbridge.application.port.out;

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

    /** A cheap authenticated call proving the shop is reachable with our credentials. */
    Reachability reachability();
}
