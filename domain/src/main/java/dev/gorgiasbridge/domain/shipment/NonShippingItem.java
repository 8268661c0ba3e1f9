package dev.gorgiasbridge.domain.shipment;

import java.util.List;
import java.util.Objects;

/**
 * Units on the order that are never shipped: gift cards, digital goods and services
 * ({@code requiresShipping: false}), or items of a fulfillment order that needs no delivery (an in-store sale).
 * Listed so the agent sees them, never counted as "not shipped yet"; but "no shipping needed" does not mean
 * the customer has them, so each says whether the shop has fulfilled it (sent the gift card or the download,
 * provided the service) or not yet.
 *
 * @param units            units still on the order
 * @param unfulfilledUnits of those, units not fulfilled yet: what live fulfillment orders still hold where any
 *                         cover the item, else its {@code unfulfilledQuantity}
 */
public record NonShippingItem(String name, int units, int unfulfilledUnits) {
    public NonShippingItem {
        Objects.requireNonNull(name, "name");
        if (units <= 0) {
            throw new IllegalArgumentException("an item has at least one unit, got " + units);
        }
        if (unfulfilledUnits < 0 || unfulfilledUnits > units) {
            throw new IllegalArgumentException("unfulfilled units lie between 0 and " + units + ", got " + unfulfilledUnits);
        }
    }

    /** Where it stands: every unit fulfilled, none, or some of them. */
    public Fulfilment fulfilment() {
        if (unfulfilledUnits == 0) {
            return Fulfilment.FULFILLED;
        }
        return unfulfilledUnits == units ? Fulfilment.NOT_FULFILLED : Fulfilment.PARTLY_FULFILLED;
    }

    public int fulfilledUnits() {
        return units - unfulfilledUnits;
    }

    /** Whether the shop has handed it over: for a digital good or a gift card, sent it. */
    public enum Fulfilment { FULFILLED, PARTLY_FULFILLED, NOT_FULFILLED }

    static List<NonShippingItem> of(Order order) {
        return order.lineItems().stream()
                .filter(item -> item.currentQuantity() > 0)
                .filter(item -> !item.requiresShipping() || noDelivery(item, order.fulfillmentOrders()))
                .map(item -> new NonShippingItem(item.name(), item.currentQuantity(), openUnits(order, item)))
                .toList();
    }

    /**
     * Units not fulfilled yet: what live fulfillment orders still hold (see {@link PendingItem#of}); without a
     * live one (none returned, or all closed or cancelled, as on a cancelled order) the line item's
     * {@code unfulfilledQuantity}, so an item of a cancelled order is never called fulfilled for lack of one.
     */
    private static int openUnits(Order order, LineItem item) {
        List<FulfillmentOrder> live = order.fulfillmentOrders().stream()
                .filter(fo -> fo.covers(item.name()) && fo.status().isLive()).toList();
        int open = live.isEmpty() ? item.unfulfilledQuantity() : live.stream().mapToInt(fo -> fo.remaining(item.name())).sum();
        return Math.min(item.currentQuantity(), open);
    }

    private static boolean noDelivery(LineItem item, List<FulfillmentOrder> fulfillmentOrders) {
        List<FulfillmentOrder> covering = fulfillmentOrders.stream().filter(fo -> fo.covers(item.name())).toList();
        return !covering.isEmpty()
                && covering.stream().allMatch(fo -> fo.deliveryMethod().handover() == DeliveryMethod.Handover.NONE);
    }
}
