package dev.gorgiasbridge.domain.shipment;

import static dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus.DELIVERED;
import static dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus.IN_TRANSIT;
import static dev.gorgiasbridge.domain.shipment.FulfillmentStatus.SUCCESS;

import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Small factory of orders for tests, including the Shopify contract fixtures rebuilt by hand. */
public final class Orders {
    public static final Instant CREATED = Instant.parse("2026-01-02T14:03:11Z");

    private Orders() {
    }

    /** contracts/shopify/orders-split-shipment.json: two tracked packages, the walking foot still to come. */
    public static Order splitShipment() {
        var thread = item("Quilting Thread Set - 12 spools", 1, 1, 0);
        var cutter = item("Rotary Cutter 45mm", 2, 2, 0);
        var walkingFoot = item("Walking Foot Attachment", 1, 1, 1);
        var ups = new Fulfillment(SUCCESS, DELIVERED, Instant.parse("2026-01-03T09:00:00Z"),
                Optional.of(Instant.parse("2026-01-05T12:30:00Z")), Optional.empty(),
                List.of(TrackingInfo.of("UPS", "1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784")),
                List.of(new FulfillmentLineItem("Quilting Thread Set - 12 spools", 1)));
        var usps = new Fulfillment(SUCCESS, IN_TRANSIT, Instant.parse("2026-01-04T10:15:00Z"),
                Optional.empty(), Optional.of(Instant.parse("2026-01-08T00:00:00Z")),
                List.of(TrackingInfo.of("USPS", "9400111899223197428490",
                        "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490")),
                List.of(new FulfillmentLineItem("Rotary Cutter 45mm", 2)));
        var closed = new FulfillmentOrder(FulfillmentOrderStatus.CLOSED, List.of(
                new FulfillmentOrderLineItem("Quilting Thread Set - 12 spools", 0),
                new FulfillmentOrderLineItem("Rotary Cutter 45mm", 0)));
        var open = new FulfillmentOrder(FulfillmentOrderStatus.OPEN,
                List.of(new FulfillmentOrderLineItem("Walking Foot Attachment", 1)));
        return new Order("#1042", CREATED, Optional.empty(), OrderFulfillmentStatus.PARTIALLY_FULFILLED,
                Optional.of(CustomerKey.shopify(7460267524351L)), List.of(thread, cutter, walkingFoot),
                List.of(ups, usps), List.of(closed, open));
    }

    /** contracts/shopify/orders-single-delivered.json: one FedEx package, delivered, no tracking URL. */
    public static Order singleDelivered() {
        var fedex = new Fulfillment(SUCCESS, DELIVERED, Instant.parse("2025-12-02T09:00:00Z"),
                Optional.of(Instant.parse("2025-12-04T11:00:00Z")), Optional.empty(),
                List.of(TrackingInfo.of("FedEx", "612999AA10123456", null)),
                List.of(new FulfillmentLineItem("Batting - Queen", 1)));
        return new Order("#1017", Instant.parse("2025-12-01T10:00:00Z"), Optional.empty(),
                OrderFulfillmentStatus.FULFILLED, Optional.of(CustomerKey.shopify(7460267524351L)),
                List.of(item("Batting - Queen", 1, 1, 0)), List.of(fedex),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.CLOSED,
                        List.of(new FulfillmentOrderLineItem("Batting - Queen", 0)))));
    }

    public static Order order(List<LineItem> items, List<Fulfillment> fulfillments, List<FulfillmentOrder> fulfillmentOrders) {
        return new Order("#2001", CREATED, Optional.empty(), OrderFulfillmentStatus.OTHER, Optional.empty(),
                items, fulfillments, fulfillmentOrders);
    }

    public static Order cancelled(Order order, Instant at) {
        return new Order(order.name(), order.createdAt(), Optional.of(at), order.displayFulfillmentStatus(),
                order.customer(), order.lineItems(), order.fulfillments(), order.fulfillmentOrders());
    }

    public static LineItem item(String name, int quantity, int current, int unfulfilled) {
        return new LineItem(name, quantity, current, unfulfilled);
    }

    public static Fulfillment fulfillment(FulfillmentStatus status, DisplayStatus display,
                                   List<TrackingInfo> tracking, FulfillmentLineItem... contents) {
        return new Fulfillment(status, display, CREATED.plusSeconds(86_400), Optional.empty(), Optional.empty(),
                tracking, List.of(contents));
    }

    public static Fulfillment shipped(DisplayStatus display, String trackingNumber) {
        return fulfillment(SUCCESS, display, List.of(TrackingInfo.of("UPS", trackingNumber, null)),
                new FulfillmentLineItem("Fabric Scissors", 1));
    }

    public static FulfillmentOrder fulfillmentOrder(FulfillmentOrderStatus status, String name, int remaining) {
        return new FulfillmentOrder(status, List.of(new FulfillmentOrderLineItem(name, remaining)));
    }

    /** One DHL shipment in three boxes: a linked number, a number whose URL is no web address, one with none. */
    public static Order threeBoxesAndAGiftCard() {
        var boxes = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                List.of(TrackingInfo.of("DHL", "JD0001", "https://dhl.example/JD0001"),
                        TrackingInfo.of("DHL", "JD0002", "javascript:alert(1)"), TrackingInfo.of("DHL", "JD0003", null)),
                new FulfillmentLineItem("Batting", 2), new FulfillmentLineItem("Cutting Mat", 1));
        return order(List.of(item("Batting", 2, 2, 0), item("Cutting Mat", 1, 1, 0), item("Ironing Board", 1, 1, 1),
                new LineItem("Gift Card $50", 1, 1, 1, false)), List.of(boxes), List.of());
    }

    /** Two shipments of two numbers each: DHL boxes on their way, a USPS label re-labelled with UPS, delivered. */
    public static Order twoShipmentsOfTwoNumbers() {
        var dhl = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                List.of(TrackingInfo.of("DHL", "JD0001", "https://dhl.example/JD0001"),
                        TrackingInfo.of("DHL", "JD0002", "https://dhl.example/JD0002")),
                new FulfillmentLineItem("Batting", 2));
        var relabelled = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.DELIVERED,
                List.of(TrackingInfo.of("USPS", "9400111899223197428491", null),
                        TrackingInfo.of("UPS", "1Z999AA10123456785", "https://ups.example/1Z999AA10123456785")),
                new FulfillmentLineItem("Ironing Board", 1));
        return order(List.of(item("Batting", 2, 2, 0), item("Ironing Board", 1, 1, 0)), List.of(dhl, relabelled), List.of());
    }

    /** A local pickup order not prepared yet. */
    public static Order pickupAwaitingPreparation() {
        return order(List.of(item("Quilt Frame", 1, 1, 1)), List.of(), List.of(new FulfillmentOrder(
                FulfillmentOrderStatus.OPEN, DeliveryMethodType.PICK_UP, List.of(new FulfillmentOrderLineItem("Quilt Frame", 1)))));
    }

    /** A local pickup order whose fulfillment is in {@code status}, done on January 5 when it was picked up. */
    public static Order pickup(DisplayStatus status) {
        var done = status == FulfillmentDisplayStatus.PICKED_UP ? Optional.of(Instant.parse("2026-01-05T15:00:00Z"))
                : Optional.<Instant>empty();
        var fulfillment = new Fulfillment(FulfillmentStatus.SUCCESS, status, CREATED, done, Optional.empty(), List.of(),
                List.of(new FulfillmentLineItem("Quilt Frame", 1)));
        return order(List.of(item("Quilt Frame", 1, 1, 0)), List.of(fulfillment), List.of(new FulfillmentOrder(
                FulfillmentOrderStatus.CLOSED, DeliveryMethodType.PICK_UP, List.of(new FulfillmentOrderLineItem("Quilt Frame", 0)))));
    }

    /** A local delivery out for delivery, with one item still being prepared. */
    public static Order localDelivery() {
        var out = fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.OUT_FOR_DELIVERY, List.of(),
                new FulfillmentLineItem("Fabric Bolt", 3));
        return order(List.of(item("Fabric Bolt", 3, 3, 0), item("Pins", 1, 1, 1)), List.of(out), List.of(new FulfillmentOrder(
                FulfillmentOrderStatus.IN_PROGRESS, DeliveryMethodType.LOCAL,
                List.of(new FulfillmentOrderLineItem("Fabric Bolt", 0), new FulfillmentOrderLineItem("Pins", 1)))));
    }

    /** Only a gift card: nothing to ship. */
    public static Order giftCardOnly() {
        return order(List.of(new LineItem("Gift Card $50", 1, 1, 1, false)), List.of(), List.of());
    }

    /** Values a newer Shopify sends: a display status, a fulfillment order status and a delivery method. */
    public static Order unknownValues() {
        return order(List.of(item("Fabric Scissors", 2, 2, 0), item("Seam Ripper", 1, 1, 1)),
                List.of(shipped(FulfillmentDisplayStatus.fromShopify("HANDED_TO_LOCKER"), "3S01"),
                        shipped(FulfillmentDisplayStatus.DELIVERED, "3S02")),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("AWAITING_CARRIER_SLOT"),
                        DeliveryMethodType.fromShopify("DRONE_DROP"), List.of(new FulfillmentOrderLineItem("Seam Ripper", 1)))));
    }
}
