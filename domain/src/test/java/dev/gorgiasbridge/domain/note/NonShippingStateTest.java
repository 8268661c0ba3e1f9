package dev.gorgiasbridge.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import dev.gorgiasbridge.domain.shipment.DeliveryMethodType;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrder;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.NonShippingItem;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "No shipping needed" says whether the item was sent (fulfilled) or not yet, to the agent and the customer. */
class NonShippingStateTest {

    /** contracts/shopify/orders-gift-card-and-physical.json, without the shipped blades: a sent gift card, an unsent PDF. */
    private static ShipmentAnalysis giftCardSentPatternNot() {
        return ShipmentAnalysis.of(Orders.order(List.of(new LineItem("Gift Card $50", 1, 1, 0, false),
                        new LineItem("Log Cabin Pattern (PDF)", 1, 1, 1, false)), List.of(),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.OPEN, DeliveryMethodType.NONE, List.of(
                        new FulfillmentOrderLineItem("Gift Card $50", 0), new FulfillmentOrderLineItem("Log Cabin Pattern (PDF)", 1))))));
    }

    private static ReplyFacts facts(String language, ShipmentAnalysis order) {
        return new ReplyFacts(Optional.of("Maria"), List.of(order), LookupStatus.ORDERS_FOUND, Optional.empty(),
                Optional.of(language), Optional.empty());
    }

    @Test
    void the_note_says_which_item_needing_no_shipping_is_fulfilled_and_which_is_not_yet() {
        var order = giftCardSentPatternNot();
        assertThat(order.nonShippingItems()).extracting(NonShippingItem::fulfilment)
                .containsExactly(NonShippingItem.Fulfilment.FULFILLED, NonShippingItem.Fulfilment.NOT_FULFILLED);

        assertThat(ShipmentNote.compose(Notes.withOrders(order)).text()).contains("No shipping needed (2 units):\n"
                + "- 1 × Gift Card $50 · fulfilled\n- 1 × Log Cabin Pattern (PDF) · not yet fulfilled");
    }

    @Test
    void part_of_a_digital_item_fulfilled_is_said_as_such() {
        var order = ShipmentAnalysis.of(Orders.order(List.of(new LineItem("E-Book", 3, 3, 1, false)), List.of(), List.of()));
        assertThat(ShipmentNote.compose(Notes.withOrders(order)).text()).contains("- 3 × E-Book · 2 of 3 fulfilled");
    }

    @Test
    void the_reply_never_lets_an_unsent_item_pass_as_done_in_any_language() {
        var order = giftCardSentPatternNot();
        assertThat(TemplateReply.draft(facts("en", order)).text())
                .contains("Nothing on it needs to be shipped (Gift Card $50 and Log Cabin Pattern (PDF)).")
                .contains("We haven't sent you Log Cabin Pattern (PDF) yet");
        assertThat(TemplateReply.draft(facts("fr", order)).text()).contains("pas encore envoyé Log Cabin Pattern (PDF)");
        assertThat(TemplateReply.draft(facts("de", order)).text()).contains("Log Cabin Pattern (PDF) noch nicht zugestellt");
        assertThat(TemplateReply.draft(facts("es", order)).text()).contains("no le hemos enviado Log Cabin Pattern (PDF)");
        assertThat(TemplateReply.draft(facts("en", ShipmentAnalysis.of(Orders.order(
                List.of(new LineItem("Gift Card $50", 1, 1, 0, false)), List.of(), List.of())))).text())
                .doesNotContain("haven't sent");
    }

    @Test
    void a_digital_item_of_a_cancelled_order_is_not_called_fulfilled_for_want_of_a_live_fulfillment_order() {
        var cancelled = ShipmentAnalysis.of(Orders.cancelled(Orders.order(List.of(new LineItem("E-Book", 1, 1, 1, false)),
                List.of(), List.of(new FulfillmentOrder(FulfillmentOrderStatus.CANCELLED, DeliveryMethodType.NONE,
                        List.of(new FulfillmentOrderLineItem("E-Book", 1))))), Instant.parse("2026-01-04T10:00:00Z")));
        assertThat(cancelled.nonShippingItems()).extracting(NonShippingItem::fulfilment)
                .containsExactly(NonShippingItem.Fulfilment.NOT_FULFILLED);
    }

    @Test
    void orders_that_could_not_be_read_let_the_customer_name_another_order_in_their_language() {
        var order = Orders.singleDelivered();
        for (var expected : List.of(List.of("en", "If your question is about another order"),
                List.of("fr", "Si votre question concerne une autre commande"),
                List.of("de", "Falls Ihre Frage eine andere Bestellung betrifft"),
                List.of("es", "Si su consulta se refiere a otro pedido"))) {
            var facts = new ReplyFacts(Optional.of("Maria"), List.of(ShipmentAnalysis.of(order)), LookupStatus.ORDERS_FOUND,
                    Optional.empty(), Optional.of(expected.get(0)), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), ShopCalendar.TIMELESS, 1);
            assertThat(TemplateReply.draft(facts).text()).contains(expected.get(1));
        }
    }
}
