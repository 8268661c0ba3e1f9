package dev.gorgiasbridge.domain.shipment;

import java.util.Objects;

/**
 * A line of the order.
 *
 * @param quantity            units ordered
 * @param currentQuantity     units still on the order after refunds and removals
 * @param unfulfilledQuantity units not yet fulfilled
 * @param requiresShipping    whether the item is physical: gift cards, digital goods and services are not
 */
public record LineItem(String name, int quantity, int currentQuantity, int unfulfilledQuantity,
                       boolean requiresShipping) {
    public LineItem {
        Objects.requireNonNull(name, "name");
        Quantities.nonNegative(quantity, "quantity");
        Quantities.nonNegative(currentQuantity, "current quantity");
        Quantities.nonNegative(unfulfilledQuantity, "unfulfilled quantity");
    }

    /** A physical item, the usual case. */
    public LineItem(String name, int quantity, int currentQuantity, int unfulfilledQuantity) {
        this(name, quantity, currentQuantity, unfulfilledQuantity, true);
    }

    /**
     * Units not yet fulfilled that are still on the order. A removed or refunded item keeps its unfulfilled
     * count, so only units still on the order count, and never more of them than remain on it.
     */
    public int openUnits() {
        return Math.min(currentQuantity, unfulfilledQuantity);
    }
}
