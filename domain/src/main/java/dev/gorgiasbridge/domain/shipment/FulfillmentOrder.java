package dev.gorgiasbridge.domain.shipment;

import java.util.List;
import java.util.Objects;

/**
 * Shopify's plan to hand some of the order's items to the customer from one location: its status explains a
 * wait, its delivery method says whether they are shipped, picked up or delivered locally.
 */
public record FulfillmentOrder(FulfillmentOrderState status, DeliveryMethod deliveryMethod,
                               List<FulfillmentOrderLineItem> lineItems) {
    public FulfillmentOrder {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        lineItems = List.copyOf(lineItems);
    }

    /** A fulfillment order shipped by a carrier, the usual case. */
    public FulfillmentOrder(FulfillmentOrderState status, List<FulfillmentOrderLineItem> lineItems) {
        this(status, DeliveryMethodType.SHIPPING, lineItems);
    }

    /** Whether this fulfillment order still has units of the named item to send. */
    public boolean holds(String itemName) {
        return lineItems.stream().anyMatch(item -> item.name().equals(itemName) && item.remainingQuantity() > 0);
    }

    /** Units of the named item this fulfillment order still has to send ({@code remainingQuantity}). */
    public int remaining(String itemName) {
        return lineItems.stream().filter(item -> item.name().equals(itemName))
                .mapToInt(FulfillmentOrderLineItem::remainingQuantity).sum();
    }

    /** Whether the named item is part of this fulfillment order, sent or not. */
    public boolean covers(String itemName) {
        return lineItems.stream().anyMatch(item -> item.name().equals(itemName));
    }
}
