package dev.gorgiasbridge.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The note for orders as real shops have them: several tracking numbers, pickups, gift cards, new values. */
class ShipmentNoteVariantsTest {

    private static String note(ShipmentAnalysis order) {
        return ShipmentNote.compose(Notes.withOrders(order)).text();
    }

    @Test
    void one_shipment_with_three_numbers_is_one_package_listing_each_number_and_its_link_and_its_contents_once() {
        var note = ShipmentNote.compose(Notes.withOrders(ShipmentAnalysis.of(Orders.threeBoxesAndAGiftCard())));

        assertThat(note.text())
                .contains("Order #2001 · placed 2026-01-02 · partly shipped: 1 package · in transit")
                .contains("- Package 1 of 1: DHL · 3 tracking numbers · in transit · shipped 2026-01-03\n"
                        + "  Tracking JD0001: https://dhl.example/JD0001\n"
                        + "  Tracking JD0002 (not linked): javascript:alert(1)\n"
                        + "  Tracking JD0003: no link\n"
                        + "  Contents: 2 × Batting, 1 × Cutting Mat")
                .doesNotContain("Package 2", "split shipment: 1 package");
        assertThat(note.text().split("Contents:", -1)).hasSize(2);
        assertThat(note.html()).contains("<a href=\"https://dhl.example/JD0001\">").doesNotContain("href=\"javascript");
    }

    @Test
    void two_shipments_of_two_numbers_each_are_two_packages_and_a_relabel_names_each_carrier() {
        var text = note(ShipmentAnalysis.of(Orders.twoShipmentsOfTwoNumbers()));

        assertThat(text).contains("split shipment: 2 packages · in transit")
                .contains("- Package 1 of 2: DHL · 2 tracking numbers · in transit · shipped 2026-01-03\n"
                        + "  Tracking JD0001: https://dhl.example/JD0001\n  Tracking JD0002: https://dhl.example/JD0002")
                .contains("- Package 2 of 2: USPS, UPS · 2 tracking numbers · delivered · shipped 2026-01-03\n"
                        + "  Tracking 9400111899223197428491 (USPS): no link\n"
                        + "  Tracking 1Z999AA10123456785 (UPS): https://ups.example/1Z999AA10123456785");
    }

    @Test
    void a_gift_card_is_listed_as_needing_no_shipping_never_as_not_shipped_yet() {
        var text = note(ShipmentAnalysis.of(Orders.threeBoxesAndAGiftCard()));

        assertThat(text).contains("Not shipped yet (1 unit):\n- 1 × Ironing Board · awaiting fulfillment")
                .contains("No shipping needed (1 unit):\n- 1 × Gift Card $50");
        assertThat(note(ShipmentAnalysis.of(Orders.giftCardOnly())))
                .contains("Order #2001 · placed 2026-01-02 · no shipping needed").doesNotContain("Not shipped yet");
    }

    @Test
    void a_local_pickup_reads_as_awaiting_preparation_then_ready_then_picked_up() {
        assertThat(note(ShipmentAnalysis.of(Orders.pickupAwaitingPreparation())))
                .contains("Order #2001 · placed 2026-01-02 · local pickup · awaiting pickup preparation")
                .contains("For pickup, not ready yet (1 unit):\n- 1 × Quilt Frame · awaiting pickup preparation")
                .doesNotContain("Not shipped yet", "nothing shipped");
        assertThat(note(ShipmentAnalysis.of(Orders.pickup(FulfillmentDisplayStatus.READY_FOR_PICKUP))))
                .contains("local pickup · 1 package · ready for pickup")
                .contains("- Package 1 of 1: local pickup · ready for pickup · fulfilled 2026-01-02\n  Contents: 1 × Quilt Frame")
                .doesNotContain("carrier unknown", "tracking number");
        assertThat(note(ShipmentAnalysis.of(Orders.pickup(FulfillmentDisplayStatus.PICKED_UP))))
                .contains("local pickup · 1 package · picked up")
                .contains("- Package 1 of 1: local pickup · picked up on 2026-01-05");
    }

    @Test
    void a_local_delivery_says_so_and_its_waiting_item_is_not_shipped_by_a_carrier() {
        assertThat(note(ShipmentAnalysis.of(Orders.localDelivery())))
                .contains("local delivery · partly shipped: 1 package · out for delivery")
                .contains("- Package 1 of 1: local delivery · out for delivery")
                .contains("For local delivery, not sent yet (1 unit):\n- 1 × Pins · awaiting local delivery");
    }

    @Test
    void values_shopify_added_since_are_shown_in_its_words_and_the_heading_keeps_what_is_known() {
        var text = note(ShipmentAnalysis.of(Orders.unknownValues()));

        assertThat(text).contains("split shipment: 2 packages · delivered · handed to locker")
                .contains("- Package 1 of 2: UPS 3S01 · handed to locker")
                .contains("- 1 × Seam Ripper · fulfillment order status: awaiting carrier slot · delivery method: drone drop")
                .doesNotContainIgnoringCase("unknown").doesNotContain("other");
    }

    @Test
    void a_package_without_a_display_status_says_the_status_was_not_reported() {
        var bare = Orders.order(List.of(Orders.item("Pins", 1, 1, 0)),
                List.of(Orders.shipped(FulfillmentDisplayStatus.fromShopify(null), "1Z1")), List.of());

        assertThat(note(ShipmentAnalysis.of(bare))).contains("1 package · status not reported")
                .contains("- Package 1 of 1: UPS 1Z1 · status not reported");
    }

    @Test
    void a_customer_writing_in_another_language_gets_an_english_reply_and_the_agent_a_line_saying_so() {
        var orders = List.of(ShipmentAnalysis.of(Orders.splitShipment()));
        var draft = TemplateReply.draft(new ReplyFacts(Optional.of("Maria"), orders, LookupStatus.ORDERS_FOUND,
                Optional.empty(), Optional.of("ja"), Optional.of("注文した商品がまだ届いていません。")));

        var text = ShipmentNote.compose(Notes.facts("Maria Keller", LookupStatus.ORDERS_FOUND, orders, draft)).text();

        assertThat(text).contains("Suggested reply (template):\nThe customer wrote in Japanese, a language the template"
                + " does not write; this reply is in English, so adapt it before sending.\n\nHi Maria,");
        assertThat(draft.text()).doesNotContain("Japanese");
    }
}
