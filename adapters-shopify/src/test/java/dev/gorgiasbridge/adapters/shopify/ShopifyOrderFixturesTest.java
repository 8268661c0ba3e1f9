package dev.gorgiasbridge.adapters.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.NonShippingItem;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.PendingReason;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingNumber;
import dev.gorgiasbridge.domain.shipment.Unrecognised;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The client against WireMock serving the fixtures of contracts/shopify for shipments real shops have. */
class ShopifyOrderFixturesTest {
    private static final CustomerKey MARIA = CustomerKey.shopify(7460267524351L);

    private final ShopifyServer shopify = new ShopifyServer();
    private final ShopifyOrderHistory client = shopify.client(shopify.settings().withMaxOrders(3));

    @AfterEach
    void stop() {
        shopify.close();
    }

    private List<ShipmentAnalysis> analysed(String fixture) {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract(fixture)));
        return client.recentOrders(MARIA, 3).stream().map(ShipmentAnalysis::of).toList();
    }

    @Test
    void a_shipment_in_two_boxes_is_one_package_with_both_numbers_and_a_relabel_keeps_both_carriers() {
        var order = analysed("orders-multi-tracking.json").getFirst();

        assertThat(order.parcels()).hasSize(2);
        assertThat(order.isSplit()).isTrue();
        var boxes = order.parcels().getFirst();
        assertThat(boxes.trackingNumbers()).extracting(TrackingNumber::value)
                .containsExactly("JD014600006281230001", "JD014600006281230002");
        assertThat(boxes.carriers()).containsExactly("DHL Express");
        assertThat(boxes.trackingLinks()).hasSize(2);
        assertThat(boxes.contents()).extracting(item -> item.name())
                .containsExactly("Queen Quilt Batting - 2 rolls", "Cutting Mat 60x90 cm");
        var relabelled = order.parcels().get(1);
        assertThat(relabelled.carriers()).containsExactly("USPS", "UPS");
        assertThat(relabelled.trackingUrls()).containsExactly("https://www.ups.com/track?tracknum=1Z999AA10123456785");
        assertThat(order.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
    }

    @Test
    void pickup_and_local_delivery_orders_are_read_with_their_delivery_method_and_never_as_not_shipped() {
        var orders = analysed("orders-local-pickup-and-delivery.json");

        assertThat(orders).extracting(ShipmentAnalysis::orderName).containsExactly("#1074", "#1073", "#1072", "#1071");
        var awaiting = orders.get(0);
        assertThat(awaiting.parcels()).isEmpty();
        assertThat(awaiting.pendingItems()).extracting(PendingItem::handover, PendingItem::reason)
                .containsExactly(tuple(Handover.STORE_PICKUP, PendingReason.AWAITING_FULFILLMENT));
        assertThat(orders.get(1).parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.handover()).isEqualTo(Handover.STORE_PICKUP);
            assertThat(parcel.stage()).isEqualTo(DeliveryStage.READY_FOR_PICKUP);
            assertThat(parcel.tracking()).isEmpty();
        });
        assertThat(orders.get(2).stage()).isEqualTo(DeliveryStage.DELIVERED);
        assertThat(orders.get(2).handover()).contains(Handover.STORE_PICKUP);
        assertThat(orders.get(3).parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.handover()).isEqualTo(Handover.LOCAL_DELIVERY);
            assertThat(parcel.stage()).isEqualTo(DeliveryStage.OUT_FOR_DELIVERY);
        });
    }

    @Test
    void a_gift_card_fulfilled_by_shopify_a_pdf_and_a_refunded_ruler_are_never_pending_nor_packages() {
        var order = analysed("orders-gift-card-and-physical.json").getFirst();

        assertThat(order.pendingItems()).isEmpty();
        assertThat(order.isSplit()).isFalse();
        assertThat(order.parcels()).singleElement()
                .satisfies(parcel -> assertThat(parcel.carriers()).containsExactly("Canada Post"));
        // The gift card was sent (its fulfillment order holds none), the PDF not yet: "no shipping" is not "sent".
        assertThat(order.nonShippingItems()).containsExactly(new NonShippingItem("Gift Card $50", 1, 0),
                new NonShippingItem("Log Cabin Pattern (PDF)", 1, 1));
        // Shipped the morning of January 23, in transit that evening: the note shows when it left.
        assertThat(order.parcels().getFirst().fulfilledAt()).isEqualTo(java.time.Instant.parse("2026-01-23T09:00:00Z"));
        assertThat(order.parcels().getFirst().inTransitAt()).contains(java.time.Instant.parse("2026-01-23T18:00:00Z"));
    }

    @Test
    void values_shopify_added_since_are_kept_in_its_words_and_logged_once_at_warn() {
        Logger logger = (Logger) LoggerFactory.getLogger(UnknownShopifyValues.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            var order = analysed("orders-unknown-values.json").getFirst();
            client.recentOrders(MARIA, 3);

            assertThat(order.parcels()).extracting(parcel -> parcel.displayStatus().words())
                    .containsExactly("handed to locker", "not reported");
            assertThat(order.stage()).isEqualTo(DeliveryStage.UNKNOWN);
            assertThat(order.pendingItems()).singleElement().satisfies(pending -> {
                assertThat(pending.status()).isEqualTo(new Unrecognised("AWAITING_CARRIER_SLOT"));
                assertThat(pending.deliveryMethod().words()).isEqualTo("drone drop");
            });
            List<String> warnings = logged.list.stream().filter(event -> event.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(warnings).filteredOn(w -> w.contains("HANDED_TO_LOCKER")).singleElement()
                    .satisfies(w -> assertThat(w).contains("Fulfillment.displayStatus", "FulfillmentDisplayStatus"));
            assertThat(warnings).filteredOn(w -> w.contains("AWAITING_CARRIER_SLOT")).hasSize(1);
            assertThat(warnings).filteredOn(w -> w.contains("DRONE_DROP")).hasSize(1);
            assertThat(warnings).noneMatch(w -> w.contains("\"\""));
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void a_line_item_without_requires_shipping_makes_the_answer_malformed_and_a_string_boolean_is_read() {
        String fixture = ShopifyServer.contract("orders-gift-card-and-physical.json");
        shopify.answer(ShopifyServer.json(fixture.replace("\"requiresShipping\": false", "\"requiresShipping\": \"false\"")));
        assertThat(ShipmentAnalysis.of(client.recentOrders(MARIA, 3).getFirst()).pendingItems()).isEmpty();

        shopify.answer(ShopifyServer.json(fixture.replaceAll(",\\s*\"requiresShipping\": false", "")));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> client.recentOrders(MARIA, 3)))
                .hasMessageContaining("requiresShipping");
    }

    @Test
    void units_to_ship_come_from_open_fulfillment_orders_and_a_late_package_reads_late_in_the_shops_zone() {
        var order = analysed("orders-holds-refunds-and-late.json").getFirst();

        // The fabric waits in two fulfillment orders (2 on hold, 3 open); of the thimbles, one unit was refunded and
        // one sits in a cancelled fulfillment order: the line's unfulfilledQuantity (4) overstates what is to come.
        assertThat(order.pendingItems()).extracting(PendingItem::name, PendingItem::units, PendingItem::reason).containsExactly(
                tuple("Stoffpaket „Édelweiß“ - 5 Stück", 2, PendingReason.ON_HOLD),
                tuple("Stoffpaket „Édelweiß“ - 5 Stück", 3, PendingReason.AWAITING_FULFILLMENT),
                tuple("Thimble Set", 2, PendingReason.AWAITING_FULFILLMENT));
        assertThat(order.nonShippingItems()).containsExactly(new NonShippingItem("Quilt-Along Video Course", 1, 1));

        var berlin = new dev.gorgiasbridge.domain.shipment.ShopCalendar(java.time.ZoneId.of("Europe/Berlin"),
                java.time.Instant.parse("2026-03-09T10:00:00Z"));
        var reply = new dev.gorgiasbridge.domain.reply.ReplyFacts(java.util.Optional.of("Maria"), List.of(order),
                dev.gorgiasbridge.domain.reply.LookupStatus.ORDERS_FOUND, java.util.Optional.empty(),
                java.util.Optional.of("de"), java.util.Optional.of("Wo bleibt Bestellung 1093?"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), berlin, 0);
        var draft = dev.gorgiasbridge.domain.reply.TemplateReply.draft(reply);
        String note = dev.gorgiasbridge.domain.note.ShipmentNote.compose(new dev.gorgiasbridge.domain.note.NoteFacts(
                new dev.gorgiasbridge.domain.ticket.TicketId(91234567), java.util.Optional.of("Maria Keller"),
                java.util.Optional.empty(), reply.lookup(), reply.orders(), draft, "Gorgias Bridge", "test",
                java.util.Optional.empty(), 0, berlin, reply.orderMentions())).text();

        assertThat(note).contains("Order #1093 · placed 2026-02-28 · the order the customer asks about")
                .contains("Deutsche Post DHL JJD000390007799451234 · in transit · shipped 2026-03-02 · expected 2026-03-05,"
                        + " now late · needs attention")
                .contains("- 2 × Stoffpaket „Édelweiß“ - 5 Stück · on hold")
                .contains("- 3 × Stoffpaket „Édelweiß“ - 5 Stück · awaiting fulfillment")
                .contains("- 2 × Thimble Set · awaiting fulfillment")
                .contains("- 1 × Quilt-Along Video Course · not yet fulfilled");
        assertThat(draft.text()).contains("Es sollte um den 5. März 2026 bei Ihnen eintreffen und ist verspätet")
                .doesNotContain("Voraussichtlich");
    }

    private static String[] noteAndReply(ShipmentAnalysis order, String message) {
        var calendar = new dev.gorgiasbridge.domain.shipment.ShopCalendar(java.time.ZoneId.of("America/Toronto"),
                java.time.Instant.parse("2026-12-02T10:00:00Z"));
        var reply = new dev.gorgiasbridge.domain.reply.ReplyFacts(java.util.Optional.of("Maria"), List.of(order),
                dev.gorgiasbridge.domain.reply.LookupStatus.ORDERS_FOUND, java.util.Optional.empty(),
                java.util.Optional.of("en"), java.util.Optional.of(message), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), calendar, 0);
        var draft = dev.gorgiasbridge.domain.reply.TemplateReply.draft(reply);
        String note = dev.gorgiasbridge.domain.note.ShipmentNote.compose(new dev.gorgiasbridge.domain.note.NoteFacts(
                new dev.gorgiasbridge.domain.ticket.TicketId(900000001), java.util.Optional.of("Maria Keller"),
                java.util.Optional.empty(), reply.lookup(), reply.orders(), draft, "Gorgias Bridge", "test",
                java.util.Optional.empty(), 0, calendar, reply.orderMentions())).text();
        return new String[] {note, draft.text()};
    }

    @Test
    void an_order_whose_lists_shopify_cut_off_is_never_described_as_complete() {
        // #3080: 40 line items (lineItems says hasNextPage), one package whose contents list came back full,
        // and Shopify calls the order partially fulfilled.
        var order = analysed("orders-cut-off-lists.json").getFirst();

        assertThat(order.cutOff()).extracting(cut -> cut.part()).containsExactly(
                dev.gorgiasbridge.domain.shipment.CutOffList.Part.ITEMS,
                dev.gorgiasbridge.domain.shipment.CutOffList.Part.PACKAGE_CONTENTS,
                dev.gorgiasbridge.domain.shipment.CutOffList.Part.FULFILLMENT_ORDER_ITEMS);
        String[] noteAndReply = noteAndReply(order, "Where is order #3080?");

        assertThat(noteAndReply[0]).contains("partly shipped: 1 package · in transit")
                .doesNotContain("· 1 package · in transit")
                .contains("Shopify's answer lists only the first 25 items, the first 10 items per package and the first 10"
                        + " items per fulfillment order; more may exist — see the order in Shopify admin.");
        assertThat(noteAndReply[1]).doesNotContain("Your package is on its way")
                .contains("our team will check the rest and confirm it to you");
    }

    @Test
    void a_sixth_fulfillment_order_shopify_left_out_is_said_to_the_agent_and_the_customer() {
        // #7601: four delivered packages; the sixth fulfillment order (open) is past fulfillmentOrders(first: 5).
        var order = analysed("orders-cut-off-lists.json").get(1);

        assertThat(order.cutOff()).extracting(cut -> cut.part()).containsExactly(
                dev.gorgiasbridge.domain.shipment.CutOffList.Part.FULFILLMENT_ORDERS);
        String[] noteAndReply = noteAndReply(order, "Where is the rest of order #7601?");

        assertThat(noteAndReply[0]).contains("Shopify's answer lists only the first 5 fulfillment orders; more may"
                + " exist — see the order in Shopify admin.");
        assertThat(noteAndReply[1]).contains("- This may not be everything in your order: our team will check the rest"
                + " and confirm it to you.");
    }

    @Test
    void a_partially_fulfilled_order_with_nothing_pending_listed_is_not_one_complete_package() {
        // #3080 as Shopify would answer had it held only the shipped lines: no list cut off, yet partially fulfilled.
        var full = analysed("orders-cut-off-lists.json").getFirst();
        var order = new ShipmentAnalysis(full.orderName(), full.createdAt(), full.cancelledAt(), full.parcels(),
                List.of(), List.of(), full.stage(), full.displayFulfillmentStatus(), List.of());
        String[] noteAndReply = noteAndReply(order, "Where is order #3080?");

        assertThat(noteAndReply[0]).contains("partly shipped: 1 package · in transit")
                .contains("Shopify marks this order partially fulfilled but lists nothing still to send");
        assertThat(noteAndReply[1]).doesNotContain("Your package is on its way")
                .contains("our team will check the rest and confirm it to you");
    }

    @Test
    void invisible_format_characters_in_shopify_texts_never_reach_the_note_or_the_reply() {
        var order = analysed("orders-invisible-characters.json").getFirst();

        var parcel = order.parcels().getFirst();
        assertThat(parcel.trackingNumbers()).extracting(TrackingNumber::value).containsExactly("1Z777");
        assertThat(parcel.carriers()).containsExactly("UPS");
        assertThat(parcel.contents()).extracting(item -> item.name()).containsExactly("Cozy Socks 🧦 – Größe M", "MugBlue");
        assertThat(order.pendingItems()).extracting(PendingItem::name)
                .containsExactly("Ｔｈｒｅａｄ (fullwidth) <b>bold</b> & \"quotes\"", "RTL override gnirts");
        String[] noteAndReply = noteAndReply(order, "Where is order #3070?");
        for (String text : noteAndReply) {
            assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.FORMAT).toArray())
                    .as("format characters in %s", text).isEmpty();
            assertThat(text).contains("1Z777").contains("Cozy Socks 🧦 – Größe M");
        }
    }
}
