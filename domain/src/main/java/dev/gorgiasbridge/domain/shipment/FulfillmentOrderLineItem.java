package dev.gorgiasbridge.domain.shipment;

import java.util.Objects;

/** Units of one line item a fulfillment order still has to send. */
public record FulfillmentOrderLineItem(String name, int remainingQuantity) {
    public FulfillmentOrderLineItem {
        Objects.requireNonNull(name, "name");
        Quantities.nonNegative(remainingQuantity, "remaining quantity");
    }
}
