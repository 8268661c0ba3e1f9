package dev.gorgiasbridge.domain.shipment;

import java.util.Objects;

/**
 * A line of the order.
 *
 * @param quantity            units ordered
 * @param currentQuantity     units still on the order after refunds and removals
 * @param unfulfilledQuantity units not yet fulfilled
 */
public record LineItem(String name, int quantity, int currentQuantity, int unfulfilledQuantity) {
    public LineItem {
        Objects.requireNonNull(name, "name");
        Quantities.nonNegative(quantity, "quantity");
        Quantities.nonNegative(currentQuantity, "current quantity");
        Quantities.nonNegative(unfulfilledQuantity, "unfulfilled quantity");
    }

    /**
     * Units still to ship. A removed or refunded item keeps its unfulfilled count, so only units still on
     * the order count, and never more of them than remain on it.
     */
    public int pendingUnits() {
        return Math.min(currentQuantity, unfulfilledQuantity);
    }
}
