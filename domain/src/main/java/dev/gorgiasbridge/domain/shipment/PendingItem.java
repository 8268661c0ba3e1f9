package dev.gorgiasbridge.domain.shipment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
     * The order's pending items, for items that need delivering at all: gift cards, digital goods and
     * services ({@code requiresShipping: false}), refunded units and items of a fulfillment order that needs
     * no delivery are never pending.
     *
     * <p>Where fulfillment orders cover an item, what is left to send is what their live ones (not closed, not
     * cancelled) still hold ({@code remainingQuantity}): Shopify keeps them current through holds, moves,
     * cancellations and refunds, which a line item's {@code unfulfilledQuantity} does not follow. An item held
     * by several (part on hold, part open) is listed once per fulfillment order, each with its own status and
     * delivery method; never more units than are still on the order. Without fulfillment orders for an item
     * (none returned, or the app may not read them), its {@code unfulfilledQuantity} capped at
     * {@code currentQuantity} stands in. Items are matched by name, the one thing both sides carry.
     */
    static List<PendingItem> of(Order order) {
        List<PendingItem> pending = new ArrayList<>();
        shippedLines(order).forEach((name, onOrder) -> {
            List<FulfillmentOrder> covering = order.fulfillmentOrders().stream().filter(fo -> fo.covers(name)).toList();
            if (covering.isEmpty()) {
                int open = Math.min(onOrder, order.lineItems().stream().filter(item -> item.name().equals(name))
                        .mapToInt(LineItem::unfulfilledQuantity).sum());
                if (open > 0) {
                    pending.add(new PendingItem(name, open, NOT_REPORTED, NOT_REPORTED));
                }
                return;
            }
            int left = onOrder;
            for (FulfillmentOrder fo : covering) {
                int units = Math.min(left, fo.status().isLive() ? fo.remaining(name) : 0);
                if (units > 0 && fo.deliveryMethod().handover() != DeliveryMethod.Handover.NONE) {
                    pending.add(new PendingItem(name, units, fo.status(), fo.deliveryMethod()));
                }
                left -= Math.max(units, 0);
            }
        });
        return pending;
    }

    /** Units still on the order per item that needs delivering, by name in the order's order. */
    private static Map<String, Integer> shippedLines(Order order) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        order.lineItems().stream().filter(LineItem::requiresShipping)
                .forEach(item -> lines.merge(item.name(), item.currentQuantity(), Integer::sum));
        return lines;
    }
}
