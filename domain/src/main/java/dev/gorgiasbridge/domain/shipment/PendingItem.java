package dev.gorgiasbridge.domain.shipment;

import java.util.List;
import java.util.Objects;

/** Units of a line item still to ship, and why they wait. */
public record PendingItem(String name, int units, PendingReason reason) {
    public PendingItem {
        Objects.requireNonNull(name, "name");
        if (units <= 0) {
            throw new IllegalArgumentException("a pending item has at least one unit, got " + units);
        }
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The order's pending items (DESIGN 4.4): units still on the order and not yet fulfilled. A hold
     * outweighs a schedule, as it needs someone to act. Fulfillment orders are matched by item name, the
     * one thing both sides carry.
     */
    static List<PendingItem> of(Order order) {
        return order.lineItems().stream()
                .filter(item -> item.pendingUnits() > 0)
                .map(item -> new PendingItem(item.name(), item.pendingUnits(), reason(item, order.fulfillmentOrders())))
                .toList();
    }

    private static PendingReason reason(LineItem item, List<FulfillmentOrder> fulfillmentOrders) {
        if (heldBy(FulfillmentOrderStatus.ON_HOLD, item, fulfillmentOrders)) {
            return PendingReason.ON_HOLD;
        }
        if (heldBy(FulfillmentOrderStatus.SCHEDULED, item, fulfillmentOrders)) {
            return PendingReason.SCHEDULED;
        }
        return PendingReason.AWAITING_FULFILLMENT;
    }

    private static boolean heldBy(FulfillmentOrderStatus status, LineItem item, List<FulfillmentOrder> orders) {
        return orders.stream().anyMatch(order -> order.status() == status && order.holds(item.name()));
    }
}
