package dev.gorgiasbridge.domain.shipment;

import java.util.Objects;

/** Units of one line item sent in one fulfillment: what is inside its packages. */
public record FulfillmentLineItem(String name, int quantity) {
    public FulfillmentLineItem {
        Objects.requireNonNull(name, "name");
        Quantities.nonNegative(quantity, "fulfilled quantity");
    }
}
