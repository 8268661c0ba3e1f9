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
}
