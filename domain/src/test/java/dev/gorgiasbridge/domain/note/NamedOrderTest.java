package dev.gorgiasbridge.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.Facts;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.OrderMention;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order the customer names: the reply is about it, the note lists it first; one not theirs is never invented. */
class NamedOrderTest {
    // Newest first: #1045 in transit (what the reply would pick without a name), #1042 split, #1017 delivered.
    private static final ShipmentAnalysis NEWEST = Facts.onePackage("#1045", FulfillmentDisplayStatus.IN_TRANSIT,
            "1Z1045", null, Optional.empty());
    private static final List<ShipmentAnalysis> ORDERS = List.of(NEWEST, Facts.splitShipment(), Facts.singleDelivered());

    private static ReplyFacts replyFacts(String language, String message, List<ShipmentAnalysis> orders) {
        return new ReplyFacts(Optional.of("Maria"), orders, orders.isEmpty() ? LookupStatus.NO_ORDERS_FOUND : LookupStatus.ORDERS_FOUND,
                Optional.of("Linda's Quilts"), Optional.of(language), Optional.of(message), Optional.of("Question"),
                Optional.empty(), Optional.empty(), ShopCalendar.TIMELESS, 0);
    }

    private static NoteFacts noteFacts(ReplyFacts reply, ReplyDraft draft) {
        return new NoteFacts(Notes.TICKET, Optional.of("Maria Keller"), Optional.of("maria.keller@example.com"),
                reply.lookup(), reply.orders(), draft, "Gorgias Bridge", "0.1.0", Optional.empty(), 0,
                reply.calendar(), reply.orderMentions());
    }

    @Test
    void the_reply_is_about_the_order_the_customer_names_not_the_newest_in_every_language() {
        assertThat(TemplateReply.draft(replyFacts("en", "Where is my order #1017?", ORDERS)).text())
                .contains("your order #1017").contains("was delivered on December 4, 2025").doesNotContain("#1045");
        assertThat(TemplateReply.draft(replyFacts("fr", "Où est ma commande n° 1042 ?", ORDERS)).text())
                .contains("commande #1042").contains("Quilting Thread Set").doesNotContain("1Z1045");
        assertThat(TemplateReply.draft(replyFacts("de", "Wo ist meine Bestellung 1017?", ORDERS)).text())
                .contains("#1017").doesNotContain("1Z1045");
        assertThat(TemplateReply.draft(replyFacts("es", "¿Dónde está mi pedido 1017?", ORDERS)).text())
                .contains("#1017").doesNotContain("1Z1045");
    }

    @Test
    void the_note_lists_the_named_order_first_and_marks_it() {
        var reply = replyFacts("en", "Hi, order 1017 please", ORDERS);
        String note = ShipmentNote.compose(noteFacts(reply, TemplateReply.draft(reply))).text();

        assertThat(note).contains("3 orders found in Shopify, the one the customer names first, then newest first.")
                .contains("The customer names order #1017. It is listed first.")
                .contains("Order #1017 · placed 2025-12-01 · the order the customer asks about");
        assertThat(note.indexOf("Order #1017 ·")).isLessThan(note.indexOf("Order #1045 ·"));
        assertThat(note.indexOf("Order #1045 ·")).isLessThan(note.indexOf("Order #1042 ·"));
    }

    @Test
    void an_order_not_among_the_customers_is_pointed_out_to_the_agent_and_never_described_to_the_customer() {
        var reply = replyFacts("en", "Where is order #1099?", ORDERS);
        var draft = TemplateReply.draft(reply);
        String note = ShipmentNote.compose(noteFacts(reply, draft)).text();

        assertThat(reply.askedOrder()).containsInstanceOf(OrderMention.Asked.NotAmongOrders.class);
        assertThat(draft.text()).contains("order #1099").contains("couldn't find it among the orders linked to your"
                + " contact details").doesNotContain("#1045").doesNotContain("on its way").doesNotContain("your order #1099");
        assertThat(note).contains("The customer names order #1099, which is not among the orders found (the customer's"
                + " most recent).").doesNotContain("the order the customer asks about");
    }

    @Test
    void a_named_order_with_no_orders_found_asks_to_confirm_it_rather_than_for_a_number_already_given() {
        var reply = replyFacts("de", "Wo bleibt Bestellung 1099?", List.of());
        var draft = TemplateReply.draft(reply);

        assertThat(draft.text()).contains("Bestellung #1099").contains("Ich finde sie nicht");
        assertThat(ShipmentNote.compose(noteFacts(reply, draft)).text())
                .contains("The customer names order #1099, which is not among this customer's orders in Shopify.");
    }

    @Test
    void without_a_named_order_the_newest_order_on_its_way_is_the_subject_as_before() {
        assertThat(TemplateReply.draft(replyFacts("en", "Where is my parcel?", ORDERS)).text()).contains("your order #1045");
    }

    @Test
    void the_named_order_changes_the_content_hash_so_the_note_is_not_skipped_as_nothing_new() {
        var about1017 = replyFacts("en", "order 1017?", ORDERS);
        var about1042 = replyFacts("en", "order 1042?", ORDERS);
        assertThat(noteFacts(about1017, TemplateReply.draft(about1017)).contentHash())
                .isNotEqualTo(noteFacts(about1042, TemplateReply.draft(about1042)).contentHash());
    }

    @Test
    void an_order_name_with_a_prefix_is_shown_beside_the_number_the_customer_wrote() {
        var prefixed = Facts.onePackage("LQ-1050", FulfillmentDisplayStatus.IN_TRANSIT, "1Z1050", null, Optional.empty());
        var reply = replyFacts("en", "Bestellung 1050?", List.of(prefixed));
        assertThat(ShipmentNote.compose(noteFacts(reply, TemplateReply.draft(reply))).text())
                .contains("The customer names order #1050 (LQ-1050).");
    }

    @Test
    void a_named_order_that_may_be_one_that_could_not_be_read_is_neither_denied_nor_described() {
        var reply = new ReplyFacts(Optional.of("Maria"), ORDERS, LookupStatus.ORDERS_FOUND, Optional.empty(),
                Optional.of("es"), Optional.of("¿Dónde está mi pedido 1099?"), Optional.empty(), Optional.empty(),
                Optional.empty(), ShopCalendar.TIMELESS, 1);
        var draft = TemplateReply.draft(reply);
        String note = ShipmentNote.compose(new NoteFacts(Notes.TICKET, Optional.of("Maria Keller"), Optional.empty(),
                reply.lookup(), reply.orders(), draft, "Gorgias Bridge", "0.1.0", Optional.empty(), 1, reply.calendar(),
                reply.orderMentions())).text();

        assertThat(draft.text()).contains("Lo estoy revisando").doesNotContain("No lo encuentro").doesNotContain("#1045");
        assertThat(note).contains("The customer names order #1099, which is not among the orders shown; it may be one"
                + " of those Shopify returned that could not be read.");
    }
}
