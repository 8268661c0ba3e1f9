package dev.gorgiasbridge.domain.shipment;

import java.util.List;
import java.util.Objects;

/**
 * Units on the order that are never shipped: gift cards, digital goods and services
 * ({@code requiresShipping: false}), or items of a fulfillment order that needs no delivery (an in-store sale).
 * Listed so the agent sees them, never counted as "not shipped yet".
 */
public record NonShippingItem(String name, int units) {
    public NonShippingItem {
        Objects.requireNonNull(name, "name");
        if (units <= 0) {
            throw new IllegalArgumentException("an item has at least one unit, got " + units);
        }
    }

    static List<NonShippingItem> of(Order order) {
        return order.lineItems().stream()
                .filter(item -> item.currentQuantity() > 0)
                .filter(item -> !item.requiresShipping() || noDelivery(item, order.fulfillmentOrders()))
                .map(item -> new NonShippingItem(item.name(), item.currentQuantity()))
                .toList();
    }

    private static boolean noDelivery(LineItem item, List<FulfillmentOrder> fulfillmentOrders) {
        List<FulfillmentOrder> covering = fulfillmentOrders.stream().filter(fo -> fo.covers(item.name())).toList();
        return !covering.isEmpty()
                && covering.stream().allMatch(fo -> fo.deliveryMethod().handover() == DeliveryMethod.Handover.NONE);
    }
}
