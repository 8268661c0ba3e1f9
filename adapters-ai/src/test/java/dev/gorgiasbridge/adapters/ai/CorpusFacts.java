package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
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

/**
 * The fact sets the draft corpus is written against, by name: what the model would have been told. Built
 * the way Shopify's answers are read (fulfillments with all their tracking entries, fulfillment orders with
 * their delivery methods, line items that need no shipping), so the analysis — packages, pending items,
 * pickups, items that never ship, statuses this service does not know — is the real one.
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
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"), DeliveryMethodType.fromShopify("SHIPPING"),
                            List.of(new FulfillmentOrderLineItem("Seam Ripper Deluxe", 0), new FulfillmentOrderLineItem("Pin Cushion", 0)))));
            return facts("Jonas", order, language, "Wo ist mein Paket?");
        }
    },
    /** #3120: one Colissimo package waiting at a pickup point (delivery method PICKUP_POINT: a carrier brings it there). */
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
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"),
                            DeliveryMethodType.fromShopify("PICKUP_POINT"), List.of(new FulfillmentOrderLineItem("Fabric Scissors 21cm", 0)))));
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
    /**
     * #4410: one DHL shipment in two boxes (one package, two tracking numbers, each with its link), in transit and
     * expected February 24; a GLS package in a status Shopify added that this service does not know
     * ("HANDED_TO_PARTNER"); and a gift card, which Shopify fulfilled by itself and which never ships.
     */
    BOXES {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#4410", Instant.parse("2026-02-18T15:20:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("FULFILLED"), Optional.empty(),
                    List.of(new LineItem("Cutting Mat 60x90", 1, 1, 0), new LineItem("Quilt Batting Roll", 1, 1, 0),
                            new LineItem("Thread Stand", 1, 1, 0), new LineItem("Gift Card", 1, 1, 0, false)),
                    List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("IN_TRANSIT"),
                                    Instant.parse("2026-02-19T09:00:00Z"), Optional.empty(),
                                    Optional.of(Instant.parse("2026-02-24T18:00:00Z")),
                                    List.of(TrackingInfo.of("DHL", "00340434161094055501",
                                                    "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094055501"),
                                            TrackingInfo.of("DHL", "00340434161094055518",
                                                    "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094055518")),
                                    List.of(new FulfillmentLineItem("Cutting Mat 60x90", 1), new FulfillmentLineItem("Quilt Batting Roll", 1))),
                            new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("HANDED_TO_PARTNER"),
                                    Instant.parse("2026-02-19T11:00:00Z"), Optional.empty(), Optional.empty(),
                                    List.of(TrackingInfo.of("GLS", "ZX81234567DE", null)),
                                    List.of(new FulfillmentLineItem("Thread Stand", 1))),
                            new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("FULFILLED"),
                                    Instant.parse("2026-02-18T15:21:00Z"), Optional.empty(), Optional.empty(), List.of(),
                                    List.of(new FulfillmentLineItem("Gift Card", 1)))),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"), DeliveryMethodType.fromShopify("SHIPPING"),
                                    List.of(new FulfillmentOrderLineItem("Cutting Mat 60x90", 0),
                                            new FulfillmentOrderLineItem("Quilt Batting Roll", 0),
                                            new FulfillmentOrderLineItem("Thread Stand", 0))),
                            new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"), DeliveryMethodType.fromShopify("NONE"),
                                    List.of(new FulfillmentOrderLineItem("Gift Card", 0)))));
            return facts("Lena", order, language, "Wann kommen meine Pakete an? Und wo ist mein Gutschein?");
        }
    },
    /**
     * #3188, picked up at the shop: the Quilt Frame is ready for pickup (no tracking), 2 x Thread Snips are still
     * awaiting pickup preparation.
     */
    STORE_PICKUP {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#3188", Instant.parse("2026-03-05T10:15:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("PARTIALLY_FULFILLED"), Optional.empty(),
                    List.of(new LineItem("Quilt Frame", 1, 1, 0), new LineItem("Thread Snips", 2, 2, 2)),
                    List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"),
                            FulfillmentDisplayStatus.fromShopify("READY_FOR_PICKUP"), Instant.parse("2026-03-06T08:30:00Z"),
                            Optional.empty(), Optional.empty(), List.of(), List.of(new FulfillmentLineItem("Quilt Frame", 1)))),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"), DeliveryMethodType.fromShopify("PICK_UP"),
                                    List.of(new FulfillmentOrderLineItem("Quilt Frame", 0))),
                            new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("OPEN"), DeliveryMethodType.fromShopify("PICK_UP"),
                                    List.of(new FulfillmentOrderLineItem("Thread Snips", 2)))));
            return facts("Chloé", order, language, "Bonjour, est-ce que je peux venir chercher ma commande ?");
        }
    },
    /**
     * #3190, delivered by the shop itself: the Ironing Board Cover is out for local delivery (no carrier, no
     * tracking); the Sewing Table Lamp awaits local delivery.
     */
    LOCAL_DELIVERY {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#3190", Instant.parse("2026-03-07T09:40:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("PARTIALLY_FULFILLED"), Optional.empty(),
                    List.of(new LineItem("Ironing Board Cover", 1, 1, 0), new LineItem("Sewing Table Lamp", 1, 1, 1)),
                    List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"),
                            FulfillmentDisplayStatus.fromShopify("OUT_FOR_DELIVERY"), Instant.parse("2026-03-09T07:45:00Z"),
                            Optional.empty(), Optional.empty(), List.of(), List.of(new FulfillmentLineItem("Ironing Board Cover", 1)))),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"), DeliveryMethodType.fromShopify("LOCAL"),
                                    List.of(new FulfillmentOrderLineItem("Ironing Board Cover", 0))),
                            new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("OPEN"), DeliveryMethodType.fromShopify("LOCAL"),
                                    List.of(new FulfillmentOrderLineItem("Sewing Table Lamp", 1)))));
            return facts("Lukas", order, language, "Kommt heute noch etwas?");
        }
    },
    /** Held-out outsider 6: #1042 as in {@link #SPLIT}, for the outsider's shop ("Linda's Quilt Corner") and message. */
    O6_SPLIT {
        @Override
        ReplyFacts in(Optional<String> language) {
            return outsider6("Maria", OrderCacheContract.splitShipment(), language,
                    "Hi, could you tell me where my order is and what is going on with it?");
        }
    },
    /** Held-out outsider 6: #1017, one FedEx package (no tracking link) delivered December 4 2025: 1 x Batting - Queen. */
    O6_DELIVERED {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#1017", Instant.parse("2025-12-01T10:00:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("FULFILLED"), Optional.empty(),
                    List.of(new LineItem("Batting - Queen", 1, 1, 0)),
                    List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("DELIVERED"),
                            Instant.parse("2025-12-02T09:00:00Z"), Optional.of(Instant.parse("2025-12-04T11:00:00Z")), Optional.empty(),
                            List.of(TrackingInfo.of("FedEx", "612999AA10123456", null)),
                            List.of(new FulfillmentLineItem("Batting - Queen", 1)))),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"),
                            List.of(new FulfillmentOrderLineItem("Batting - Queen", 0)))));
            return outsider6("Tomas", order, language, "Hi, could you tell me where my order is and what is going on with it?");
        }
    },
    /** Held-out outsider 6: #1090, nothing shipped; its one fulfillment order (1 x Self-Healing Cutting Mat A2, 2 x Fabric Scissors 8in) is on hold. */
    O6_ONHOLD {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#1090", Instant.parse("2026-01-25T08:12:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("ON_HOLD"), Optional.empty(),
                    List.of(new LineItem("Self-Healing Cutting Mat A2", 1, 1, 1), new LineItem("Fabric Scissors 8in", 2, 2, 2)),
                    List.of(),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("ON_HOLD"),
                            List.of(new FulfillmentOrderLineItem("Self-Healing Cutting Mat A2", 1),
                                    new FulfillmentOrderLineItem("Fabric Scissors 8in", 2)))));
            return outsider6("Claire", order, language, "Hi, could you tell me where my order is and what is going on with it?");
        }
    },
    /**
     * Held-out outsider 6: #1073, local pickup, ready for pickup since January 19 2026: 2 x Sewing Machine Oil. Shopify
     * names the location ("Shop - Rue des Lilas"); the domain does not carry a location name, so the facts have none.
     */
    O6_PICKUP {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#1073", Instant.parse("2026-01-19T11:00:00Z"), Optional.empty(),
                    OrderFulfillmentStatus.fromShopify("FULFILLED"), Optional.empty(),
                    List.of(new LineItem("Sewing Machine Oil", 2, 2, 0)),
                    List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"),
                            FulfillmentDisplayStatus.fromShopify("READY_FOR_PICKUP"), Instant.parse("2026-01-19T15:00:00Z"),
                            Optional.empty(), Optional.empty(), List.of(), List.of(new FulfillmentLineItem("Sewing Machine Oil", 2)))),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"), DeliveryMethodType.fromShopify("PICK_UP"),
                            List.of(new FulfillmentOrderLineItem("Sewing Machine Oil", 0)))));
            return outsider6("Lucia", order, language, "Hi, could you tell me where my order is and what is going on with it?");
        }
    },
    /** Held-out outsider 6: #1081, cancelled January 22 2026 before anything shipped: 1 x Quilting Ruler 6x24 removed. */
    O6_CANCELLED {
        @Override
        ReplyFacts in(Optional<String> language) {
            var order = new Order("#1081", Instant.parse("2026-01-21T10:00:00Z"), Optional.of(Instant.parse("2026-01-22T09:30:00Z")),
                    OrderFulfillmentStatus.fromShopify("UNFULFILLED"), Optional.empty(),
                    List.of(new LineItem("Quilting Ruler 6x24", 1, 0, 0)),
                    List.of(),
                    List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"),
                            List.of(new FulfillmentOrderLineItem("Quilting Ruler 6x24", 0)))));
            return outsider6("Jonas", order, language, "Hi, could you tell me where my order is and what is going on with it?");
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
    },
    /** Shopify refused the lookup (the app's credentials were refused): no order facts at all. */
    REFUSED {
        @Override
        ReplyFacts in(Optional<String> language) {
            return new ReplyFacts(Optional.of("Alex"), List.of(), LookupStatus.SHOPIFY_REFUSED, Optional.of("Linda's Sewing"),
                    language, Optional.of("Hello, where is my order #1042?"), Optional.of("Order status"),
                    Optional.empty(), Optional.empty());
        }
    };

    abstract ReplyFacts in(Optional<String> language);

    /** The outsider's shop and the customer with no history Gorgias reported. */
    private static ReplyFacts outsider6(String firstName, Order order, Optional<String> language, String message) {
        return new ReplyFacts(Optional.of(firstName), List.of(ShipmentAnalysis.of(order)), LookupStatus.ORDERS_FOUND,
                Optional.of("Linda's Quilt Corner"), language, Optional.of(message), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static ReplyFacts facts(String firstName, Order order, Optional<String> language, String message) {
        return new ReplyFacts(Optional.of(firstName), List.of(ShipmentAnalysis.of(order)), LookupStatus.ORDERS_FOUND,
                Optional.of("Linda's Sewing"), language, Optional.of(message), Optional.of("Order status"), Optional.of(3),
                Optional.of("412.80"));
    }
}
