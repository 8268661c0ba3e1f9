package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
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

/**
 * The fact sets the draft corpus is written against, by name: what the model would have been told. Built
 * the way Shopify's answers are read, so the analysis (packages, pending items) is the real one.
 */
enum CorpusFacts {
    /** #1042: UPS package delivered January 5, USPS package in transit (expected January 8), an item not shipped. */
    SPLIT {
        @Override
        ReplyFacts in(Optional<String> language) {
            return facts("Maria", OrderCacheContract.splitShipment(), language,
                    "Also, can you tell me the tracking number for the box that is still coming?");
        }
    },
    /** #2087: one DHL package, delivered Friday February 13 2026, with two products. */
    DELIVERED {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#2087", Instant.parse("2026-02-10T08:12:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("FULFILLED"), Optional.empty(),
                    List.of(new LineItem("Seam Ripper Deluxe", 1, 1, 0), new LineItem("Pin Cushion", 2, 2, 0)),
                    List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("DELIVERED"),
                            Instant.parse("2026-02-11T10:00:00Z"), Optional.of(Instant.parse("2026-02-13T11:40:00Z")),
                            Optional.empty(),
                            List.of(TrackingInfo.of("DHL", "00340434161094042557",
                                    "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557")),
                            List.of(new FulfillmentLineItem("Seam Ripper Deluxe", 1), new FulfillmentLineItem("Pin Cushion", 2)))),
                    List.of());
            return facts("Jonas", order, language, "Wo ist mein Paket?");
        }
    },
    /** #3120: one Colissimo package waiting at a pickup point. */
    PICKUP {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#3120", Instant.parse("2026-03-02T17:30:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("FULFILLED"), Optional.empty(),
                    List.of(new LineItem("Fabric Scissors 21cm", 1, 1, 0)),
                    List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"),
                            FulfillmentDisplayStatus.fromShopify("READY_FOR_PICKUP"), Instant.parse("2026-03-03T09:00:00Z"),
                            Optional.empty(), Optional.empty(),
                            List.of(TrackingInfo.of("Colissimo", "6A19876543210",
                                    "https://www.laposte.fr/outils/suivre-vos-envois?code=6A19876543210")),
                            List.of(new FulfillmentLineItem("Fabric Scissors 21cm", 1)))),
                    List.of());
            return facts("Élodie", order, language, "Où en est ma commande ?");
        }
    },
    /** #1187: nothing shipped; one item on hold, two units awaiting fulfillment. */
    HOLD {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#1187", Instant.parse("2026-01-20T12:00:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("UNFULFILLED"), Optional.empty(),
                    List.of(new LineItem("Embroidery Hoop Set", 1, 1, 1), new LineItem("Thread Organizer Box", 2, 2, 2)),
                    List.of(),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("ON_HOLD"),
                                    List.of(new FulfillmentOrderLineItem("Embroidery Hoop Set", 1))),
                            new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("OPEN"),
                                    List.of(new FulfillmentOrderLineItem("Thread Organizer Box", 2)))));
            return facts("Sam", order, language, "Any news on my order?");
        }
    },
    /** No order found for the customer's contact details. */
    NONE {
        @Override
        ReplyFacts in(Optional<String> language) {
            return new ReplyFacts(Optional.of("Alex"), List.of(), LookupStatus.NO_ORDERS_FOUND, Optional.of("Linda's Sewing"),
                    language, Optional.of("Where is my order #1042? Tracking 1Z999AA10123456784"), Optional.of("Order status"),
                    Optional.empty(), Optional.empty());
        }
    };

    abstract ReplyFacts in(Optional<String> language);

    private static ReplyFacts facts(String firstName, Order order, Optional<String> language, String message) {
        return new ReplyFacts(Optional.of(firstName), List.of(ShipmentAnalysis.of(order)), LookupStatus.ORDERS_FOUND,
                Optional.of("Linda's Sewing"), language, Optional.of(message), Optional.of("Order status"), Optional.of(3),
                Optional.of("412.80"));
    }
}
