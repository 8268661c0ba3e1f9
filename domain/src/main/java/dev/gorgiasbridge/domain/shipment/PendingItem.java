package dev.gorgiasbridge.domain.shipment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Units of a line item still to hand over, why they wait, and how they will reach the customer.
 *
 * @param status         the status of the fulfillment order that holds them (an empty {@link Unrecognised}
 *                       when none does), so a status unknown here is shown in Shopify's words
 * @param deliveryMethod how they will reach the customer: shipped, picked up or delivered locally
 */
public record PendingItem(String name, int units, FulfillmentOrderState status, DeliveryMethod deliveryMethod) {
    private static final Unrecognised NOT_REPORTED = new Unrecognised("");

    public PendingItem {
        Objects.requireNonNull(name, "name");
        if (units <= 0) {
            throw new IllegalArgumentException("a pending item has at least one unit, got " + units);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
    }

    public PendingReason reason() {
        return PendingReason.of(status);
    }

    public DeliveryMethod.Handover handover() {
        return deliveryMethod.handover();
    }

    /**
     * The order's pending items: units still on the order, not yet fulfilled, of items that need delivering
     * at all. Gift cards, digital goods and services ({@code requiresShipping: false}), refunded units and
     * items of a fulfillment order that needs no delivery are never pending. A hold outweighs a schedule, as
     * it needs someone to act. Fulfillment orders are matched by item name, the one thing both sides carry.
     */
    static List<PendingItem> of(Order order) {
        return order.lineItems().stream()
                .filter(item -> item.requiresShipping() && item.openUnits() > 0)
                .map(item -> pending(item, holder(item.name(), order.fulfillmentOrders())))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<PendingItem> pending(LineItem item, Optional<FulfillmentOrder> holder) {
        DeliveryMethod method = holder.map(FulfillmentOrder::deliveryMethod).orElse(NOT_REPORTED);
        if (method.handover() == DeliveryMethod.Handover.NONE) {
            return Optional.empty();
        }
        return Optional.of(new PendingItem(item.name(), item.openUnits(),
                holder.map(FulfillmentOrder::status).orElse(NOT_REPORTED), method));
    }

    /** The live fulfillment order still holding units of the item whose status needs someone most. */
    static Optional<FulfillmentOrder> holder(String itemName, List<FulfillmentOrder> fulfillmentOrders) {
        return fulfillmentOrders.stream()
                .filter(fo -> fo.status().isLive() && fo.holds(itemName))
                .max(Comparator.comparingInt(fo -> PendingReason.of(fo.status()).urgency()));
    }
}
