package dev.gorgiasbridge.domain.shipment;

import java.util.List;
import java.util.Objects;

/** Shopify's plan to ship some of the order's items from one location; its status explains a wait. */
public record FulfillmentOrder(FulfillmentOrderStatus status, List<FulfillmentOrderLineItem> lineItems) {
    public FulfillmentOrder {
        Objects.requireNonNull(status, "status");
        lineItems = List.copyOf(lineItems);
    }

    /** Whether this fulfillment order still has units of the named item to send. */
    public boolean holds(String itemName) {
        return lineItems.stream().anyMatch(item -> item.name().equals(itemName) && item.remainingQuantity() > 0);
    }
}
