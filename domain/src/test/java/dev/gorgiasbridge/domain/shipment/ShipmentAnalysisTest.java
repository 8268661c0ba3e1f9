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
                new PendingItem("Walking Foot Attachment", 1, PendingReason.AWAITING_FULFILLMENT));
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
    }

    @Test
    void each_fixture_package_keeps_its_carrier_number_url_status_and_contents() {
        var parcels = ShipmentAnalysis.of(Orders.splitShipment()).parcels();

        var ups = parcels.get(0);
        assertThat(ups.carrier()).contains("UPS");
        assertThat(ups.trackingNumber()).contains(new TrackingNumber("1Z999AA10123456784"));
        assertThat(ups.trackingUrl()).contains("https://www.ups.com/track?tracknum=1Z999AA10123456784");
        assertThat(ups.displayStatus()).isEqualTo(FulfillmentDisplayStatus.DELIVERED);
        assertThat(ups.stage()).isEqualTo(DeliveryStage.DELIVERED);
        assertThat(ups.deliveredAt()).contains(Instant.parse("2026-01-05T12:30:00Z"));
        assertThat(ups.contents()).containsExactly(new FulfillmentLineItem("Quilting Thread Set - 12 spools", 1));

        var usps = parcels.get(1);
        assertThat(usps.carrier()).contains("USPS");
        assertThat(usps.trackingNumber()).contains(new TrackingNumber("9400111899223197428490"));
        assertThat(usps.trackingUrl())
                .contains("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490");
        assertThat(usps.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
        assertThat(usps.estimatedDeliveryAt()).contains(Instant.parse("2026-01-08T00:00:00Z"));
        assertThat(usps.contents()).containsExactly(new FulfillmentLineItem("Rotary Cutter 45mm", 2));
    }

    @Test
    void the_single_delivered_fixture_is_one_delivered_package_and_not_split() {
        var analysis = ShipmentAnalysis.of(Orders.singleDelivered());

        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.carrier()).contains("FedEx");
            assertThat(parcel.trackingUrl()).isEmpty();
        });
        assertThat(analysis.pendingItems()).isEmpty();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.DELIVERED);
    }

    @Test
    void a_fulfillment_with_two_tracking_numbers_is_two_packages() {
        var twoBoxes = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                List.of(TrackingInfo.of("DHL", "JD0001", null), TrackingInfo.of("DHL", "JD0002", null)), SCISSORS);

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)), List.of(twoBoxes), List.of()));

        assertThat(analysis.parcels()).extracting(Parcel::trackingNumber)
                .containsExactly(Optional.of(new TrackingNumber("JD0001")), Optional.of(new TrackingNumber("JD0002")));
        assertThat(analysis.parcels()).allSatisfy(parcel -> assertThat(parcel.contents()).containsExactly(SCISSORS));
        assertThat(analysis.isSplit()).isTrue();
    }

    @Test
    void a_fulfillment_without_tracking_is_one_untracked_package() {
        var untracked = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.FULFILLED, List.of(), SCISSORS);

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)), List.of(untracked), List.of()));

        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.isTracked()).isFalse();
            assertThat(parcel.carrier()).isEmpty();
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
        var erroneous = fulfillment(FulfillmentStatus.ERROR, FulfillmentDisplayStatus.OTHER, List.of(), SCISSORS);
        var delivered = shipped(FulfillmentDisplayStatus.DELIVERED, "1ZGOOD");

        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 1, 1, 0)),
                List.of(cancelled, failed, erroneous, delivered), List.of()));

        assertThat(analysis.activeFulfillments()).containsExactly(delivered);
        assertThat(analysis.parcels()).singleElement()
                .satisfies(parcel -> assertThat(parcel.trackingNumber()).contains(new TrackingNumber("1ZGOOD")));
        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.DELIVERED);
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
    void a_hold_explains_only_the_items_it_still_holds() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Pins", 1, 1, 1), item("Thimble", 1, 1, 1)), List.of(),
                List.of(fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Pins", 1),
                        fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Thimble", 0))));

        assertThat(analysis.pendingItems()).extracting(PendingItem::reason)
                .containsExactly(PendingReason.ON_HOLD, PendingReason.AWAITING_FULFILLMENT);
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
        assertThat(analysis.problemParcels()).extracting(Parcel::trackingNumber)
                .containsExactly(Optional.of(new TrackingNumber("1Z2")));
    }

    @Test
    void an_unknown_display_status_gives_an_unknown_stage_not_an_error() {
        var analysis = ShipmentAnalysis.of(order(List.of(item("Fabric Scissors", 2, 2, 0)),
                List.of(shipped(FulfillmentDisplayStatus.DELIVERED, "1Z1"),
                        shipped(FulfillmentDisplayStatus.fromShopify("TELEPORTED"), "1Z2")), List.of()));

        assertThat(analysis.stage()).isEqualTo(DeliveryStage.UNKNOWN);
    }

    @Test
    void only_a_web_address_is_offered_as_a_tracking_link() {
        var links = java.util.stream.Stream.of("https://www.ups.com/track?n=1", "HTTP://carrier.example/1",
                        "javascript:alert(1)", "ftp://carrier.example/1", "https://carrier.example/a b", "www.ups.com")
                .map(url -> fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                        List.of(TrackingInfo.of("UPS", "1Z1", url)), SCISSORS).parcels().getFirst().trackingLink())
                .toList();

        assertThat(links).containsExactly(Optional.of("https://www.ups.com/track?n=1"),
                Optional.of("HTTP://carrier.example/1"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
