package dev.gorgiasbridge.domain.shipment;

import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Shopify order with what it takes to say where its items are.
 *
 * @param name     the customer-facing name, e.g. {@code #1042}
 * @param customer the Shopify customer; empty for guest orders
 * @param cutOff   the lists Shopify's answer may not hold whole; empty when the order was read whole
 */
public record Order(
        String name,
        Instant createdAt,
        Optional<Instant> cancelledAt,
        OrderFulfillmentStatus displayFulfillmentStatus,
        Optional<ShopifyCustomer> customer,
        List<LineItem> lineItems,
        List<Fulfillment> fulfillments,
        List<FulfillmentOrder> fulfillmentOrders,
        List<CutOffList> cutOff) {

    public Order {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("order name must not be blank");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        Objects.requireNonNull(displayFulfillmentStatus, "displayFulfillmentStatus");
        Objects.requireNonNull(customer, "customer");
        lineItems = List.copyOf(lineItems);
        fulfillments = List.copyOf(fulfillments);
        fulfillmentOrders = List.copyOf(fulfillmentOrders);
        cutOff = List.copyOf(cutOff);
    }

    /** An order read whole: none of its lists may be cut off. */
    public Order(String name, Instant createdAt, Optional<Instant> cancelledAt,
            OrderFulfillmentStatus displayFulfillmentStatus, Optional<ShopifyCustomer> customer,
            List<LineItem> lineItems, List<Fulfillment> fulfillments, List<FulfillmentOrder> fulfillmentOrders) {
        this(name, createdAt, cancelledAt, displayFulfillmentStatus, customer, lineItems, fulfillments,
                fulfillmentOrders, List.of());
    }

    public boolean isCancelled() {
        return cancelledAt.isPresent();
    }

    public List<Fulfillment> activeFulfillments() {
        return fulfillments.stream().filter(Fulfillment::isActive).toList();
    }
}
