package dev.gorgiasbridge.domain.reply;

import static dev.gorgiasbridge.domain.shipment.Orders.fulfillmentOrder;
import static dev.gorgiasbridge.domain.shipment.Orders.item;
import static dev.gorgiasbridge.domain.shipment.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateReplyTest {
    private static final String USPS_URL = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490";

    @Test
    void the_split_shipment_reply_names_the_package_on_its_way_and_the_item_still_to_come() {
        var draft = TemplateReply.draft(Facts.found(Facts.splitShipment()));

        assertThat(draft.source()).isEqualTo(DraftSource.TEMPLATE);
        assertThat(draft.text())
                .startsWith("Hi Maria,")
                .contains("order #1042", "being sent in parts")
                .contains("Quilting Thread Set - 12 spools was delivered on January 5, 2026 (UPS, tracking number 1Z999AA10123456784).")
                .contains("2 × Rotary Cutter 45mm is on its way with USPS. The tracking number is 9400111899223197428490."
                        + " It should arrive around January 8, 2026. You can track it here: " + USPS_URL + "\n")
                .contains("Walking Foot Attachment hasn't shipped yet");
    }

    @Test
    void a_single_package_in_transit_gives_carrier_number_estimate_and_link() {
        var order = Facts.onePackage("#2001", FulfillmentDisplayStatus.IN_TRANSIT, "1Z0000000000000001",
                "https://www.ups.com/track?tracknum=1Z0000000000000001", Optional.of(Instant.parse("2026-01-09T00:00:00Z")));

        var text = TemplateReply.draft(Facts.found(order)).text();

        assertThat(text).contains("Your package is on its way with UPS. The tracking number is 1Z0000000000000001."
                + " It should arrive around January 9, 2026. You can track it here:"
                + " https://www.ups.com/track?tracknum=1Z0000000000000001");
        assertThat(text).doesNotContain("in parts");
    }

    @Test
    void a_package_without_an_estimate_promises_no_date() {
        var order = Facts.onePackage("#2001", FulfillmentDisplayStatus.IN_TRANSIT, "1Z0000000000000001", null,
                Optional.empty());

        assertThat(TemplateReply.draft(Facts.found(order)).text()).doesNotContain("arrive", "track it here");
    }

    @Test
    void a_delivered_order_gives_the_delivery_date() {
        var text = TemplateReply.draft(Facts.found(Facts.singleDelivered())).text();

        assertThat(text).contains("Your package was delivered on December 4, 2025 (FedEx, tracking number 612999AA10123456).");
    }

    @Test
    void an_order_on_hold_says_nothing_shipped_yet_and_why() {
        var held = ShipmentAnalysis.of(order(List.of(item("Walking Foot Attachment", 1, 1, 1)), List.of(),
                List.of(fulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, "Walking Foot Attachment", 1))));

        var text = TemplateReply.draft(Facts.found(held)).text();

        assertThat(text).contains("#2001. It hasn't shipped yet.", "Walking Foot Attachment is on hold at the moment");
    }

    @Test
    void a_scheduled_item_is_said_to_ship_later() {
        var scheduled = ShipmentAnalysis.of(order(List.of(item("Pre-order Quilt Kit", 2, 2, 2)), List.of(),
                List.of(fulfillmentOrder(FulfillmentOrderStatus.SCHEDULED, "Pre-order Quilt Kit", 2))));

        assertThat(TemplateReply.draft(Facts.found(scheduled)).text())
                .contains("2 × Pre-order Quilt Kit are scheduled to ship at a later date");
    }

    @Test
    void a_cancelled_order_says_so_and_when() {
        var cancelled = ShipmentAnalysis.of(Orders.cancelled(Orders.splitShipment(), Instant.parse("2026-01-04T08:00:00Z")));

        var text = TemplateReply.draft(Facts.found(cancelled)).text();

        assertThat(text).contains("#1042. It was cancelled on January 4, 2026, so nothing more will ship from it.");
        assertThat(text).doesNotContain("tracking");
    }

    @Test
    void an_attempted_delivery_says_the_carrier_usually_tries_again() {
        var order = Facts.onePackage("#2001", FulfillmentDisplayStatus.ATTEMPTED_DELIVERY, "1Z0000000000000001",
                null, Optional.empty());

        assertThat(TemplateReply.draft(Facts.found(order)).text())
                .contains("UPS tried to deliver your package but couldn't; they usually try again.");
    }

    @Test
    void a_failed_delivery_promises_a_follow_up() {
        var order = Facts.onePackage("#2001", FulfillmentDisplayStatus.FAILURE, "1Z0000000000000001", null,
                Optional.empty());

        assertThat(TemplateReply.draft(Facts.found(order)).text())
                .contains("UPS could not deliver your package. We're looking into it and will get back to you shortly.");
    }

    @Test
    void no_orders_found_asks_for_the_order_number() {
        var draft = TemplateReply.draft(ReplyFacts.withoutOrders(LookupStatus.NO_ORDERS_FOUND, Optional.of("Maria")));

        assertThat(draft.text()).contains("Could you send me your order number?");
    }

    @Test
    void without_a_lookup_the_reply_promises_a_follow_up_and_states_no_fact() {
        for (var lookup : List.of(LookupStatus.SHOPIFY_NOT_CONFIGURED, LookupStatus.SHOPIFY_UNAVAILABLE,
                LookupStatus.SHOPIFY_REFUSED, LookupStatus.CUSTOMER_UNKNOWN)) {
            var text = TemplateReply.draft(ReplyFacts.withoutOrders(lookup, Optional.empty())).text();

            assertThat(text).startsWith("Hi there,").contains("get back to you").doesNotContainPattern("[0-9#]");
        }
    }

    @Test
    void the_reply_is_about_the_newest_order_still_on_its_way_and_offers_the_others() {
        var newerButDelivered = Facts.singleDelivered();

        var text = TemplateReply.draft(Facts.found(newerButDelivered, Facts.splitShipment())).text();

        assertThat(text).contains("your order #1042").doesNotContain("December")
                .contains("If your question is about another order (#1017), just let me know.");
    }

    @Test
    void a_tracking_url_that_is_not_a_web_address_is_never_offered() {
        var order = Facts.onePackage("#2001", FulfillmentDisplayStatus.IN_TRANSIT, "1Z0000000000000001",
                "javascript:alert(1)", Optional.empty());

        assertThat(TemplateReply.draft(Facts.found(order)).text()).doesNotContain("javascript", "track it here");
    }

    @Test
    void the_reply_is_signed_for_the_shop_when_it_is_known() {
        var facts = new ReplyFacts(Optional.empty(), List.of(Facts.singleDelivered()), LookupStatus.ORDERS_FOUND,
                Optional.of("Linda's Quilts"), Optional.empty(), Optional.empty());

        assertThat(TemplateReply.draft(facts).text()).endsWith("Best regards,\nThe Linda's Quilts team");
    }

    @Test
    void without_the_shops_name_the_reply_is_signed_by_the_support_team() {
        var facts = new ReplyFacts(Optional.of("Maria"), List.of(Facts.singleDelivered()), LookupStatus.ORDERS_FOUND,
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(TemplateReply.draft(facts).text()).endsWith("Best regards,\nThe support team");
    }

    @Test
    void a_refused_lookup_never_tells_the_customer_about_credentials() {
        var text = TemplateReply.draft(ReplyFacts.withoutOrders(LookupStatus.SHOPIFY_REFUSED, Optional.of("Maria"))).text();

        assertThat(text).contains("I'm checking on it now").doesNotContain("Shopify", "refused", "credential", "scope");
    }

    @Test
    void the_same_facts_give_the_same_draft() {
        assertThat(TemplateReply.draft(Facts.found(Facts.splitShipment())))
                .isEqualTo(TemplateReply.draft(Facts.found(Facts.splitShipment())));
    }
}
