package dev.gorgiasbridge.domain.note;

import static dev.gorgiasbridge.domain.shipment.Orders.fulfillmentOrder;
import static dev.gorgiasbridge.domain.shipment.Orders.item;
import static dev.gorgiasbridge.domain.shipment.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.Facts;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentNoteTest {
    private static final String UPS_URL = "https://www.ups.com/track?tracknum=1Z999AA10123456784";
    private static final String USPS_URL = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490";

    @Test
    void the_split_shipment_note_gives_both_packages_with_their_links_as_given_and_the_item_still_to_come() {
        var note = ShipmentNote.compose(Notes.withOrders(Facts.splitShipment()));

        assertThat(note.text())
                .contains("Orders and shipments for Maria Keller (maria.keller@example.com)")
                .contains("Order #1042 · placed 2026-01-02 · split shipment: 2 packages · in transit")
                .contains("- Package 1 of 2: UPS 1Z999AA10123456784 · delivered · shipped 2026-01-03 · delivery date 2026-01-05\n"
                        + "  Tracking: " + UPS_URL + "\n"
                        + "  Contents: 1 × Quilting Thread Set - 12 spools")
                .contains("- Package 2 of 2: USPS 9400111899223197428490 · in transit · shipped 2026-01-04 · estimated delivery 2026-01-08\n"
                        + "  Tracking: " + USPS_URL + "\n"
                        + "  Contents: 2 × Rotary Cutter 45mm")
                .contains("Not shipped yet (1 unit):\n- 1 × Walking Foot Attachment · awaiting fulfillment");
        assertThat(note.html())
                .contains("<a href=\"" + UPS_URL + "\">" + UPS_URL + "</a>")
                .contains("<a href=\"" + USPS_URL + "\">" + USPS_URL + "</a>")
                .contains("<li>1 × Walking Foot Attachment · awaiting fulfillment</li>");
    }

    @Test
    void the_split_shipment_note_carries_a_reply_about_the_package_on_its_way_and_the_item_to_come() {
        var text = ShipmentNote.compose(Notes.withOrders(Facts.splitShipment())).text();

        assertThat(text).contains("Suggested reply (template):")
                .contains("2 × Rotary Cutter 45mm is on its way with USPS")
                .contains("Walking Foot Attachment hasn't shipped yet");
    }

    @Test
    void a_single_delivered_order_shows_its_package_and_delivery_date_without_a_link() {
        var note = ShipmentNote.compose(Notes.withOrders(Facts.singleDelivered()));

        assertThat(note.text())
                .contains("1 order found in Shopify.")
                .contains("Order #1017 · placed 2025-12-01 · 1 package · delivered")
                .contains("- Package 1 of 1: FedEx 612999AA10123456 · delivered · shipped 2025-12-02 · delivery date 2025-12-04\n"
                        + "  Contents: 1 × Batting - Queen")
                .doesNotContain("split", "Tracking", "Not shipped yet");
        assertThat(note.html()).doesNotContain("<a ");
    }

    @Test
    void no_orders_found_says_so_and_the_reply_asks_for_the_order_number() {
        var text = ShipmentNote.compose(Notes.withoutOrders(LookupStatus.NO_ORDERS_FOUND)).text();

        assertThat(text).contains("No orders found in Shopify for this customer.", "Could you send me your order number?")
                .doesNotContain("Order #");
    }

    @Test
    void shopify_not_configured_says_so() {
        var text = ShipmentNote.compose(Notes.withoutOrders(LookupStatus.SHOPIFY_NOT_CONFIGURED)).text();

        assertThat(text).contains("Shopify is not configured, so no orders were looked up.").doesNotContain("Order #");
    }

    @Test
    void a_refused_lookup_says_shopify_refused_it_why_and_that_the_operator_has_been_told() {
        var text = ShipmentNote.compose(Notes.refused(new LookupRefusal.PermissionDenied(
                "the app lacks the access scope read_orders; grant it in the Dev Dashboard", Optional.of("read_orders"))))
                .text();

        assertThat(text).contains("Shopify refused the lookup (permissions): the app lacks the access scope read_orders;"
                        + " grant it in the Dev Dashboard. No orders were looked up; the operator has been told.")
                .doesNotContain("could not be reached", "Order #");
    }

    @Test
    void a_refused_token_request_is_told_as_refused_credentials() {
        var text = ShipmentNote.compose(Notes.refused(new LookupRefusal.TokenRefused(
                "the client credentials were refused (invalid_client)."))).text();

        assertThat(text).contains("Shopify refused the lookup (credentials): the client credentials were refused"
                + " (invalid_client). No orders were looked up; the operator has been told.");
    }

    @Test
    void invisible_and_bidi_control_characters_in_the_customer_s_name_reach_neither_the_note_nor_the_reply() {
        var note = ShipmentNote.compose(Notes.withOrders("\u202EMaria\u200B Keller\u2069", Facts.splitShipment()));

        assertThat(note.text()).contains("Orders and shipments for Maria Keller (maria.keller@example.com)")
                .doesNotContainPattern("\\p{Cf}");
    }

    @Test
    void orders_shopify_sent_that_could_not_be_read_are_said_to_be_not_shown() {
        var shown = Notes.withOrders(Facts.splitShipment());
        var facts = new NoteFacts(shown.ticket(), shown.customerName(), shown.customerEmail(), shown.lookup(),
                shown.orders(), shown.draft(), shown.serviceName(), shown.serviceVersion(), shown.refusal(), 1);

        assertThat(ShipmentNote.compose(facts).text()).contains("1 order found in Shopify. 1 more order in Shopify's"
                + " answer could not be read and is not shown (the reason is in the service's log).");
        assertThat(ShipmentNote.compose(shown).text()).doesNotContain("could not be read");
    }

    @Test
    void a_refused_status_without_its_refusal_is_a_caller_bug() {
        assertThatThrownBy(() -> Notes.withoutOrders(LookupStatus.SHOPIFY_REFUSED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoteFacts(Notes.TICKET, Optional.empty(), Optional.empty(),
                LookupStatus.NO_ORDERS_FOUND, List.of(), Notes.withoutOrders(LookupStatus.NO_ORDERS_FOUND).draft(),
                "Gorgias Bridge", "0.1.0", Optional.of(new LookupRefusal.CredentialsRefused("HTTP 401"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_item_on_hold_shows_why_it_waits() {
        var held = ShipmentAnalysis.of(order(List.of(item("Walking Foot Attachment", 1, 1, 1)), List.of(),
                List.of(fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Walking Foot Attachment", 1))));

        var text = ShipmentNote.compose(Notes.withOrders(held)).text();

        assertThat(text).contains("Order #2001 · placed 2026-01-02 · nothing shipped")
                .contains("- 1 × Walking Foot Attachment · on hold");
    }

    @Test
    void a_cancelled_order_is_marked_cancelled_with_its_date() {
        var cancelled = ShipmentAnalysis.of(Orders.cancelled(Orders.splitShipment(), Instant.parse("2026-01-04T08:00:00Z")));

        var note = ShipmentNote.compose(Notes.withOrders(cancelled));

        assertThat(note.text()).contains("Order #1042 · placed 2026-01-02 · CANCELLED on 2026-01-04");
        assertThat(note.html()).contains("<strong> · CANCELLED on 2026-01-04</strong>");
    }

    @Test
    void a_package_in_trouble_is_flagged_for_the_agent() {
        var attempted = Facts.onePackage("#2001", FulfillmentDisplayStatus.ATTEMPTED_DELIVERY, "1Z0000000000000001",
                null, Optional.empty());

        assertThat(ShipmentNote.compose(Notes.withOrders(attempted)).text())
                .contains("UPS 1Z0000000000000001 · attempted delivery · shipped 2026-01-03 · needs attention");
    }

    @Test
    void the_suggested_reply_names_the_drafter_that_wrote_it() {
        var facts = Notes.withDraft(Notes.withOrders(Facts.splitShipment()), new ReplyDraft("Hello!", DraftSource.AI));

        assertThat(ShipmentNote.compose(facts).text()).contains("Suggested reply (AI):\n\nHello!");
    }

    @Test
    void a_template_standing_in_for_a_refused_ai_draft_says_why() {
        var fallback = new ReplyDraft("Hello!", DraftSource.TEMPLATE).insteadOfAnother("status not supported by the facts");
        var facts = Notes.withDraft(Notes.withOrders(Facts.splitShipment()), fallback);

        assertThat(ShipmentNote.compose(facts).text()).contains(
                "Suggested reply (template; the AI draft was not used: status not supported by the facts):\n\nHello!");
    }

    @Test
    void the_footer_names_the_service_and_its_version() {
        var note = ShipmentNote.compose(Notes.withOrders(Facts.splitShipment()));

        assertThat(note.text()).endsWith("\n\n— Added by Gorgias Bridge 0.1.0");
        assertThat(note.html()).endsWith("<p>— Added by Gorgias Bridge 0.1.0</p>");
    }

    @Test
    void the_same_facts_compose_the_same_note() {
        assertThat(ShipmentNote.compose(Notes.withOrders(Facts.splitShipment())))
                .isEqualTo(ShipmentNote.compose(Notes.withOrders(Facts.splitShipment())));
    }
}
