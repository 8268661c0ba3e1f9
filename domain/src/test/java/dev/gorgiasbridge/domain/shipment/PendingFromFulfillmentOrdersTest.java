package dev.gorgiasbridge.domain.shipment;

import static dev.gorgiasbridge.domain.shipment.Orders.item;
import static dev.gorgiasbridge.domain.shipment.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Units still to ship come from open fulfillment orders' remainingQuantity; the line's unfulfilledQuantity stands in without them. */
class PendingFromFulfillmentOrdersTest {

    @Test
    void an_item_split_between_a_hold_and_an_open_fulfillment_order_is_listed_once_per_fulfillment_order() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Fat Quarter Bundle", 5, 5, 5)), List.of(), List.of(
                Orders.fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Fat Quarter Bundle", 2),
                Orders.fulfillmentOrder(FulfillmentOrderStatus.OPEN, "Fat Quarter Bundle", 3))));

        assertThat(analysis.pendingItems()).extracting(PendingItem::units, PendingItem::reason)
                .containsExactly(tuple(2, PendingReason.ON_HOLD), tuple(3, PendingReason.AWAITING_FULFILLMENT));
        assertThat(analysis.pendingUnits()).isEqualTo(5);
    }

    @Test
    void units_a_cancelled_fulfillment_order_held_are_not_pending_though_the_line_still_says_unfulfilled() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Thimble", 3, 3, 3)), List.of(), List.of(
                Orders.fulfillmentOrder(FulfillmentOrderStatus.CANCELLED, "Thimble", 2),
                Orders.fulfillmentOrder(FulfillmentOrderStatus.OPEN, "Thimble", 1))));

        assertThat(analysis.pendingItems()).extracting(PendingItem::units).containsExactly(1);
    }

    @Test
    void a_partial_refund_the_fulfillment_order_already_reflects_is_not_counted_twice_and_never_exceeds_the_order() {
        // 4 ordered, 1 refunded (3 left), 1 shipped: Shopify's fulfillment order holds the 2 left to send.
        var refunded = ShipmentAnalysis.of(order(List.of(item("Pins", 4, 3, 3)), List.of(), List.of(
                Orders.fulfillmentOrder(FulfillmentOrderStatus.OPEN, "Pins", 2))));
        assertThat(refunded.pendingUnits()).isEqualTo(2);
        // A fulfillment order that still holds more than is on the order (refund not yet reflected): capped.
        var stale = ShipmentAnalysis.of(order(List.of(item("Pins", 4, 1, 1)), List.of(), List.of(
                Orders.fulfillmentOrder(FulfillmentOrderStatus.OPEN, "Pins", 4))));
        assertThat(stale.pendingUnits()).isEqualTo(1);
    }

    @Test
    void without_fulfillment_orders_the_lines_unfulfilled_quantity_stands_in() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Ironing Board", 2, 2, 2), item("Batting", 1, 1, 0)),
                List.of(), List.of()));

        assertThat(analysis.pendingItems()).extracting(PendingItem::name, PendingItem::units)
                .containsExactly(tuple("Ironing Board", 2));
        assertThat(analysis.pendingItems().getFirst().status()).isEqualTo(new Unrecognised(""));
    }

    @Test
    void fulfillment_orders_that_do_not_cover_an_item_leave_it_to_its_line() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Ironing Board", 1, 1, 1), item("Pins", 1, 1, 1)),
                List.of(), List.of(Orders.fulfillmentOrder(FulfillmentOrderStatus.SCHEDULED, "Pins", 1))));

        assertThat(analysis.pendingItems()).extracting(PendingItem::name, PendingItem::reason).containsExactly(
                tuple("Ironing Board", PendingReason.AWAITING_FULFILLMENT), tuple("Pins", PendingReason.SCHEDULED));
    }
}
