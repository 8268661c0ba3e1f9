package dev.gorgiasbridge.domain.reply;

import static dev.gorgiasbridge.domain.shipment.FulfillmentStatus.SUCCESS;

import dev.gorgiasbridge.domain.shipment.DisplayStatus;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Small factory of reply facts and single-package orders for tests. */
public final class Facts {
    private Facts() {
    }

    public static ReplyFacts found(ShipmentAnalysis... newestFirst) {
        return new ReplyFacts(Optional.of("Maria"), List.of(newestFirst), LookupStatus.ORDERS_FOUND,
                Optional.empty(), Optional.of("en"), Optional.empty());
    }

    public static ShipmentAnalysis splitShipment() {
        return ShipmentAnalysis.of(Orders.splitShipment());
    }

    public static ShipmentAnalysis singleDelivered() {
        return ShipmentAnalysis.of(Orders.singleDelivered());
    }

    /** Order {@code name} with one package of {@code item} in the given status, tracked by UPS. */
    public static ShipmentAnalysis onePackage(String name, DisplayStatus status, String trackingNumber,
                                              String url, Optional<Instant> estimated) {
        var fulfillment = new Fulfillment(SUCCESS, status, Orders.CREATED.plusSeconds(86_400), Optional.empty(),
                estimated, List.of(TrackingInfo.of("UPS", trackingNumber, url)),
                List.of(new FulfillmentLineItem("Fabric Scissors", 1)));
        return ShipmentAnalysis.of(new Order(name, Orders.CREATED, Optional.empty(), OrderFulfillmentStatus.FULFILLED,
                Optional.empty(), List.of(Orders.item("Fabric Scissors", 1, 1, 0)), List.of(fulfillment), List.of()));
    }
}
