package dev.gorgiasbridge.domain.shipment;

import static dev.gorgiasbridge.domain.shipment.Orders.fulfillment;
import static dev.gorgiasbridge.domain.shipment.Orders.fulfillmentOrder;
import static dev.gorgiasbridge.domain.shipment.Orders.item;
import static dev.gorgiasbridge.domain.shipment.Orders.order;
import static dev.gorgiasbridge.domain.shipment.Orders.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentAnalysisTest {
    private static final FulfillmentLineItem SCISSORS = new FulfillmentLineItem("Fabric Scissors", 1);

    @Test
    void the_split_shipment_fixture_is_two_packages_with_one_unit_to_come() {
        var analysis = ShipmentAnalysis.of(Orders.splitShipment());

        assertThat(analysis.orderName()).isEqualTo("#1042");
        assertThat(analysis.createdAt()).isEqualTo(Instant.parse("2026-01-02T14:03:11Z"));
        assertThat(analysis.isSplit()).isTrue();
        assertThat(analysis.parcels()).hasSize(2);
        assertThat(analysis.pendingUnits()).isEqualTo(1);
        assertThat(analysis.pendingItems()).containsExactly(
                new PendingItem("Walking Foot Attachment", 1, FulfillmentOrderStatus.OPEN, DeliveryMethodType.SHIPPING));
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
    }

    @Test
    void each_fixture_package_keeps_its_carrier_number_url_status_and_contents() {
        var parcels = ShipmentAnalysis.of(Orders.splitShipment()).parcels();

        var ups = parcels.get(0);
        assertThat(ups.carriers()).containsExactly("UPS");
        assertThat(ups.trackingNumbers()).containsExactly(new TrackingNumber("1Z999AA10123456784"));
        assertThat(ups.trackingUrls()).containsExactly("https://www.ups.com/track?tracknum=1Z999AA10123456784");
        assertThat(ups.displayStatus()).isEqualTo(FulfillmentDisplayStatus.DELIVERED);
        assertThat(ups.stage()).isEqualTo(DeliveryStage.DELIVERED);
        assertThat(ups.deliveredAt()).contains(Instant.parse("2026-01-05T12:30:00Z"));
        assertThat(ups.contents()).containsExactly(new FulfillmentLineItem("Quilting Thread Set - 12 spools", 1));

        var usps = parcels.get(1);
        assertThat(usps.carriers()).containsExactly("USPS");
        assertThat(usps.trackingNumbers()).containsExactly(new TrackingNumber("9400111899223197428490"));
        assertThat(usps.trackingUrls())
                .containsExactly("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490");
        assertThat(usps.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
        assertThat(usps.estimatedDeliveryAt()).contains(Instant.parse("2026-01-08T00:00:00Z"));
        assertThat(usps.contents()).containsExactly(new FulfillmentLineItem("Rotary Cutter 45mm", 2));
    }

    @Test
    void the_single_delivered_fixture_is_one_delivered_package_and_not_split() {
        var analysis = ShipmentAnalysis.of(Orders.singleDelivered());

        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.carriers()).containsExactly("FedEx");
            assertThat(parcel.trackingUrls()).isEmpty();
        });
        assertThat(analysis.pendingItems()).isEmpty();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.DELIVERED);
    }

    @Test
    void a_fulfillment_with_two_tracking_numbers_is_one_package_carrying_both_numbers() {
        var twoBoxes = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                List.of(TrackingInfo.of("DHL", "JD0001", "https://dhl.example/JD0001"), TrackingInfo.of("DHL", "JD0002", null)),
                SCISSORS);

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)), List.of(twoBoxes), List.of()));

        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.trackingNumbers()).containsExactly(new TrackingNumber("JD0001"), new TrackingNumber("JD0002"));
            assertThat(parcel.carriers()).containsExactly("DHL");
            assertThat(parcel.trackingLinks()).containsExactly("https://dhl.example/JD0001");
            assertThat(parcel.contents()).containsExactly(SCISSORS);
        });
        assertThat(analysis.isSplit()).isFalse();
    }

    @Test
    void two_fulfillments_with_two_numbers_each_are_two_packages_of_two_numbers() {
        var first = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                List.of(TrackingInfo.of("DHL", "JD0001", null), TrackingInfo.of("DHL", "JD0002", null)), SCISSORS);
        var second = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.DELIVERED,
                List.of(TrackingInfo.of("UPS", "1Z0001", null), TrackingInfo.of("GLS", "GL0002", null)),
                new FulfillmentLineItem("Pins", 2));

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0), item("Pins", 2, 2, 0)),
                List.of(first, second), List.of()));

        assertThat(analysis.parcels()).hasSize(2);
        assertThat(analysis.parcels()).extracting(parcel -> parcel.trackingNumbers().size()).containsExactly(2, 2);
        assertThat(analysis.parcels().get(1).carriers()).containsExactly("UPS", "GLS");
        assertThat(analysis.isSplit()).isTrue();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
    }

    @Test
    void the_same_tracking_entry_twice_counts_once() {
        var twice = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                List.of(TrackingInfo.of("DHL", "JD0001", null), TrackingInfo.of("DHL", " JD0001 ", null)), SCISSORS);

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)), List.of(twice), List.of()));

        assertThat(analysis.parcels().getFirst().trackingNumbers()).containsExactly(new TrackingNumber("JD0001"));
    }

    @Test
    void a_fulfillment_without_tracking_is_one_untracked_package() {
        var untracked = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.FULFILLED, List.of(), SCISSORS);

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)), List.of(untracked), List.of()));

        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.isTracked()).isFalse();
            assertThat(parcel.carriers()).isEmpty();
            assertThat(parcel.contents()).containsExactly(SCISSORS);
        });
        assertThat(analysis.isSplit()).isFalse();
    }

    @Test
    void fulfilled_is_not_delivered() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 2, 2, 0)),
                List.of(shipped(FulfillmentDisplayStatus.DELIVERED, "A1"), shipped(FulfillmentDisplayStatus.FULFILLED, "A2")),
                List.of()));

        assertThat(analysis.stage()).isEqualTo(DeliveryStage.SHIPPED).isLessThan(DeliveryStage.DELIVERED);
    }

    @Test
    void cancelled_failed_and_erroneous_fulfillments_are_ignored() {
        var cancelled = fulfillment(FulfillmentStatus.CANCELLED, FulfillmentDisplayStatus.CANCELED,
                List.of(TrackingInfo.of("UPS", "1ZCANCELLED", null)), SCISSORS);
        var failed = fulfillment(FulfillmentStatus.FAILURE, FulfillmentDisplayStatus.FAILURE, List.of(), SCISSORS);
        var erroneous = fulfillment(FulfillmentStatus.ERROR, FulfillmentDisplayStatus.fromShopify(null), List.of(), SCISSORS);
        var delivered = shipped(FulfillmentDisplayStatus.DELIVERED, "1ZGOOD");

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)),
                List.of(cancelled, failed, erroneous, delivered), List.of()));

        assertThat(analysis.parcels()).singleElement()
                .satisfies(parcel -> assertThat(parcel.trackingNumbers()).containsExactly(new TrackingNumber("1ZGOOD")));
        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.DELIVERED);
    }

    @Test
    void a_successful_fulfillment_whose_label_was_voided_or_package_cancelled_is_no_package_and_its_tracking_not_offered() {
        var voided = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.LABEL_VOIDED,
                List.of(TrackingInfo.of("DHL Express", "00340434161094042557", null)), SCISSORS);
        var cancelled = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.fromShopify("CANCELED"),
                List.of(TrackingInfo.of("UPS", "1Z999AA10123456700", "https://www.ups.com/track?tracknum=1Z999AA10123456700")),
                SCISSORS);
        var relabelled = shipped(FulfillmentDisplayStatus.IN_TRANSIT, "1Z999AA10123456784");

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)),
                List.of(voided, cancelled, relabelled), List.of()));

        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> assertThat(parcel.trackingNumbers())
                .containsExactly(new TrackingNumber("1Z999AA10123456784")));
        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
    }

    @Test
    void a_refunded_line_item_is_not_pending() {
        var analysis = ShipmentAnalysis.of(order(
                List.of(item("Fabric Scissors", 1, 1, 0), item("Refunded Ruler", 1, 0, 1)),
                List.of(shipped(FulfillmentDisplayStatus.IN_TRANSIT, "1Z1")), List.of()));

        assertThat(analysis.pendingItems()).isEmpty();
        assertThat(analysis.pendingUnits()).isZero();
        assertThat(analysis.isSplit()).isFalse();
    }

    @Test
    void a_partly_refunded_line_item_counts_only_the_units_still_on_the_order() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Pins", 3, 1, 3)), List.of(), List.of()));

        assertThat(analysis.pendingUnits()).isEqualTo(1);
    }

    @Test
    void a_guest_order_is_analysed_like_any_other() {
        var guest = order(List.of(item("Fabric Scissors", 1, 1, 0)),
                List.of(shipped(FulfillmentDisplayStatus.OUT_FOR_DELIVERY, "1Z1")), List.of());

        assertThat(guest.customer()).isEmpty();
        assertThat(ShipmentAnalysis.of(guest).stage()).isEqualTo(DeliveryStage.OUT_FOR_DELIVERY);
    }

    @Test
    void an_order_without_fulfillments_has_no_packages_and_everything_pending() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 1), item("Pins", 4, 4, 4)),
                List.of(), List.of()));

        assertThat(analysis.parcels()).isEmpty();
        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.NOT_SHIPPED);
        assertThat(analysis.pendingUnits()).isEqualTo(5);
        assertThat(analysis.pendingItems()).extracting(PendingItem::name).containsExactly("Fabric Scissors", "Pins");
    }

    @Test
    void an_item_in_an_on_hold_fulfillment_order_is_pending_on_hold() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Walking Foot Attachment", 1, 1, 1)), List.of(),
                List.of(fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Walking Foot Attachment", 1))));

        assertThat(analysis.pendingItems()).singleElement().satisfies(pending -> {
            assertThat(pending.reason()).isEqualTo(PendingReason.ON_HOLD);
            assertThat(pending.reason().description()).isEqualTo("on hold");
        });
    }

    @Test
    void an_item_in_a_scheduled_fulfillment_order_is_pending_as_scheduled() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Pre-order Quilt Kit", 1, 1, 1)), List.of(),
                List.of(fulfillmentOrder(FulfillmentOrderStatus.SCHEDULED, "Pre-order Quilt Kit", 1))));

        assertThat(analysis.pendingItems()).extracting(PendingItem::reason).containsExactly(PendingReason.SCHEDULED);
    }

    @Test
    void a_hold_explains_only_the_items_it_still_holds_and_an_item_no_fulfillment_order_holds_is_not_pending() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Pins", 1, 1, 1), item("Thimble", 1, 1, 1)), List.of(),
                List.of(fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Pins", 1),
                        fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Thimble", 0))));

        // The thimble's line still says "unfulfilled 1", but its fulfillment order holds nothing more to send.
        assertThat(analysis.pendingItems()).extracting(PendingItem::name, PendingItem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pins", PendingReason.ON_HOLD));
    }

    @Test
    void a_cancelled_order_shows_as_cancelled_with_nothing_pending() {
        var at = Instant.parse("2026-01-03T08:00:00Z");

        var analysis = ShipmentAnalysis.of(Orders.cancelled(
                order(List.of(item("Fabric Scissors", 1, 1, 1)), List.of(), List.of()), at));

        assertThat(analysis.isCancelled()).isTrue();
        assertThat(analysis.cancelledAt()).contains(at);
        assertThat(analysis.pendingItems()).isEmpty();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.NOT_SHIPPED);
    }

    @Test
    void a_package_in_trouble_heads_the_order_and_is_listed_as_a_problem() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 2, 2, 0)),
                List.of(shipped(FulfillmentDisplayStatus.IN_TRANSIT, "1Z1"),
                        shipped(FulfillmentDisplayStatus.ATTEMPTED_DELIVERY, "1Z2")), List.of()));

        assertThat(analysis.stage()).isEqualTo(DeliveryStage.DELIVERY_ATTEMPTED);
        assertThat(analysis.problemParcels()).extracting(Parcel::trackingNumbers)
                .containsExactly(List.of(new TrackingNumber("1Z2")));
    }

    @Test
    void an_unknown_display_status_is_kept_in_shopify_s_words_and_the_order_s_stage_comes_from_the_known_ones() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 2, 2, 0)),
                List.of(shipped(FulfillmentDisplayStatus.DELIVERED, "1Z1"),
                        shipped(FulfillmentDisplayStatus.fromShopify("SOMETHING_NEW"), "1Z2")), List.of()));

        assertThat(analysis.stage()).isEqualTo(DeliveryStage.DELIVERED);
        assertThat(analysis.unrecognisedStatuses()).containsExactly(new Unrecognised("SOMETHING_NEW"));
        assertThat(analysis.parcels().get(1).displayStatus().words()).isEqualTo("something new");
    }

    @Test
    void only_unknown_display_statuses_give_an_unknown_stage_not_an_error() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)),
                List.of(shipped(FulfillmentDisplayStatus.fromShopify("TELEPORTED"), "1Z2")), List.of()));

        assertThat(analysis.stage()).isEqualTo(DeliveryStage.UNKNOWN);
    }

    @Test
    void a_gift_card_never_waits_to_ship_and_is_listed_as_needing_no_shipping() {
        var analysis = ShipmentAnalysis.of(order(
                List.of(item("Fabric Scissors", 1, 1, 0), new LineItem("Gift Card $50", 1, 1, 1, false)),
                List.of(shipped(FulfillmentDisplayStatus.IN_TRANSIT, "1Z1")), List.of()));

        assertThat(analysis.pendingItems()).isEmpty();
        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.nonShippingItems()).containsExactly(new NonShippingItem("Gift Card $50", 1, 1));
    }

    @Test
    void a_gift_card_shopify_fulfilled_by_itself_is_not_a_package() {
        var giftCard = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.FULFILLED, List.of(),
                new FulfillmentLineItem("Gift Card $50", 1));
        var analysis = ShipmentAnalysis.of(order(
                List.of(new LineItem("Gift Card $50", 1, 1, 0, false), item("Fabric Scissors", 1, 1, 0)),
                List.of(giftCard, shipped(FulfillmentDisplayStatus.IN_TRANSIT, "1Z1")), List.of()));

        assertThat(analysis.parcels()).singleElement()
                .satisfies(parcel -> assertThat(parcel.contents()).containsExactly(SCISSORS));
        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.nonShippingItems()).containsExactly(new NonShippingItem("Gift Card $50", 1, 0));
    }

    @Test
    void a_fully_refunded_line_is_neither_pending_nor_listed() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Refunded Ruler", 2, 0, 2)), List.of(), List.of()));

        assertThat(analysis.pendingItems()).isEmpty();
        assertThat(analysis.nonShippingItems()).isEmpty();
    }

    @Test
    void items_of_an_in_store_sale_or_a_no_delivery_fulfillment_order_are_never_pending() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Pattern Download", 1, 1, 1)), List.of(),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.OPEN, DeliveryMethodType.NONE,
                        List.of(new FulfillmentOrderLineItem("Pattern Download", 1))))));

        assertThat(analysis.pendingItems()).isEmpty();
        assertThat(analysis.nonShippingItems()).containsExactly(new NonShippingItem("Pattern Download", 1, 1));
    }

    @Test
    void items_awaiting_local_pickup_are_pending_for_pickup_not_for_shipping() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Quilt Frame", 1, 1, 1)), List.of(),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.OPEN, DeliveryMethodType.PICK_UP,
                        List.of(new FulfillmentOrderLineItem("Quilt Frame", 1))))));

        assertThat(analysis.pendingItems()).singleElement().satisfies(pending -> {
            assertThat(pending.handover()).isEqualTo(DeliveryMethod.Handover.STORE_PICKUP);
            assertThat(pending.reason()).isEqualTo(PendingReason.AWAITING_FULFILLMENT);
        });
        assertThat(analysis.handover()).contains(DeliveryMethod.Handover.STORE_PICKUP);
    }

    @Test
    void a_pickup_package_takes_the_delivery_method_of_its_fulfillment_order() {
        var ready = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.READY_FOR_PICKUP, List.of(),
                new FulfillmentLineItem("Quilt Frame", 1));
        var pickedUp = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.PICKED_UP, List.of(),
                new FulfillmentLineItem("Quilt Frame", 1));
        var pickup = new FulfillmentOrder(FulfillmentOrderStatus.CLOSED, DeliveryMethodType.PICK_UP,
                List.of(new FulfillmentOrderLineItem("Quilt Frame", 0)));

        var readyOrder = ShipmentAnalysis.of(order(List.of(item("Quilt Frame", 1, 1, 0)), List.of(ready), List.of(pickup)));
        var doneOrder = ShipmentAnalysis.of(order(List.of(item("Quilt Frame", 1, 1, 0)), List.of(pickedUp), List.of(pickup)));

        assertThat(readyOrder.parcels().getFirst().handover()).isEqualTo(DeliveryMethod.Handover.STORE_PICKUP);
        assertThat(readyOrder.stage()).isEqualTo(DeliveryStage.READY_FOR_PICKUP);
        assertThat(doneOrder.stage()).isEqualTo(DeliveryStage.DELIVERED);
    }

    @Test
    void a_local_delivery_fulfillment_order_makes_a_local_delivery() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Batting", 1, 1, 1)), List.of(),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.IN_PROGRESS, DeliveryMethodType.LOCAL,
                        List.of(new FulfillmentOrderLineItem("Batting", 1))))));

        assertThat(analysis.pendingItems()).extracting(PendingItem::handover)
                .containsExactly(DeliveryMethod.Handover.LOCAL_DELIVERY);
    }

    @Test
    void an_unknown_fulfillment_order_status_and_delivery_method_are_kept_as_shopify_sent_them() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Batting", 1, 1, 1)), List.of(),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("AWAITING_ROBOT"),
                        DeliveryMethodType.fromShopify("DRONE_DROP"), List.of(new FulfillmentOrderLineItem("Batting", 1))))));

        assertThat(analysis.pendingItems()).singleElement().satisfies(pending -> {
            assertThat(pending.reason()).isEqualTo(PendingReason.UNRECOGNISED_STATUS);
            assertThat(pending.status().words()).isEqualTo("awaiting robot");
            assertThat(pending.deliveryMethod().words()).isEqualTo("drone drop");
            // An unknown method is treated as the shipping it most likely is.
            assertThat(pending.handover()).isEqualTo(DeliveryMethod.Handover.CARRIER);
        });
    }

    @Test
    void a_fulfillment_with_null_status_and_no_tracking_parts_is_still_one_package() {
        var bare = new Fulfillment(FulfillmentStatus.fromShopify(null), FulfillmentDisplayStatus.fromShopify(null),
                Orders.CREATED, Optional.empty(), Optional.empty(), List.of(TrackingInfo.of(null, null, null)), List.of());

        var analysis = ShipmentAnalysis.of(order(List.of(), List.of(bare), List.of()));

        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.tracking()).isEmpty();
            assertThat(parcel.displayStatus().words()).isEqualTo("not reported");
        });
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.UNKNOWN);
    }

    @Test
    void only_a_web_address_is_offered_as_a_tracking_link() {
        var links = java.util.stream.Stream.of("https://www.ups.com/track?n=1", "HTTP://carrier.example/1",
                        "javascript:alert(1)", "ftp://carrier.example/1", "https://carrier.example/a b", "www.ups.com")
                .map(url -> fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                        List.of(TrackingInfo.of("UPS", "1Z1", url)), SCISSORS).trackingInfo().getFirst().link())
                .toList();

        assertThat(links).containsExactly(Optional.of("https://www.ups.com/track?n=1"),
                Optional.of("HTTP://carrier.example/1"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
