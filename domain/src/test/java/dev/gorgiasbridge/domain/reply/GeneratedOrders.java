package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryMethodType;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrder;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Orders drawn from small pools of tracking numbers ({@code TRK1000}…), carriers ({@code Carrier A}…),
 * days and order names ({@code #3000}…), so a test can tell any fact in a text from the pool it came from.
 */
final class GeneratedOrders {
    static final Instant FIRST_DAY = Instant.parse("2026-03-01T00:00:00Z");

    private GeneratedOrders() {
    }

    static Arbitrary<List<ShipmentAnalysis>> analyses() {
        return order().map(ShipmentAnalysis::of).list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<Order> order() {
        var items = Arbitraries.of("Pins", "Thimble", "Batting", "Walking Foot Attachment")
                .flatMap(name -> Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, true, false))
                        .as((pending, physical) -> new LineItem(name, 3, 3, pending, physical)))
                .list().ofMinSize(1).ofMaxSize(3);
        var holds = Combinators.combine(Arbitraries.of(FulfillmentOrderStatus.class), Arbitraries.of(DeliveryMethodType.class),
                        Arbitraries.of("Pins", "Thimble"))
                .as((status, method, name) -> new FulfillmentOrder(status, method, List.of(new FulfillmentOrderLineItem(name, 1))))
                .list().ofMaxSize(2);
        return Combinators.combine(Arbitraries.integers().between(3000, 3099), day().optional(0.2),
                fulfillment().list().ofMaxSize(3), items, holds)
                .as((number, cancelled, fulfillments, lineItems, fulfillmentOrders) -> new Order("#" + number,
                        FIRST_DAY.minusSeconds(86_400), cancelled, OrderFulfillmentStatus.OTHER, Optional.empty(),
                        lineItems, fulfillments, fulfillmentOrders));
    }

    private static Arbitrary<Fulfillment> fulfillment() {
        var tracking = Combinators.combine(Arbitraries.of("Carrier A", "Carrier B", "Carrier C").injectNull(0.2),
                        Arbitraries.integers().between(1000, 1019).map(n -> "TRK" + n).injectNull(0.2),
                        Arbitraries.of("https://track.example/1", "javascript:alert(1)", "ftp://x").injectNull(0.3))
                .as(TrackingInfo::of).list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(FulfillmentStatus.SUCCESS, FulfillmentStatus.CANCELLED),
                        Arbitraries.of(FulfillmentDisplayStatus.class), day().optional(0.4), day().optional(0.4), tracking)
                .as((status, display, delivered, estimated, entries) -> new Fulfillment(status, display, FIRST_DAY,
                        delivered, estimated, entries, List.of(new FulfillmentLineItem("Pins", 1))));
    }

    private static Arbitrary<Instant> day() {
        return Arbitraries.integers().between(0, 60).map(days -> FIRST_DAY.plusSeconds(days * 86_400L));
    }
}
