package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deterministic reply drafter: a short reply built only from the facts, so it may be sent as is, in the
 * customer's language when it is English, French, German or Spanish (see {@link CustomerLanguage}), else in
 * English with a word for the agent. It never guesses: without orders it asks for the order number or
 * promises a follow-up. When the customer names an order number, the reply is about that order if it is
 * theirs, and otherwise says it was not found among their orders, never describing another one instead.
 */
public final class TemplateReply {
    private static final int OTHER_ORDERS_NAMED = 3;
    private TemplateReply() {
    }

    public static ReplyDraft draft(ReplyFacts facts) {
        CustomerLanguage language = facts.customerLanguage();
        Wording wording = language.replyLanguage().wording();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(wording.greeting(facts.customerFirstName().map(Phrasing::oneLine)));
        switch (facts.lookup()) {
            case ORDERS_FOUND -> {
                Optional<OrderMention.Asked> asked = facts.askedOrder();
                if (asked.orElse(null) instanceof OrderMention.Asked.NotAmongOrders notFound) {
                    // Never an answer about another order as if it were the one named, never the named one invented;
                    // and never "not found" when it may be one of the orders that could not be read.
                    paragraphs.add(facts.unreadableOrders() > 0 ? wording.lookupUnavailable()
                            : wording.namedOrderNotFound(notFound.mention().toString()));
                } else {
                    ShipmentAnalysis focus = asked.map(found -> ((OrderMention.Asked.Found) found).order())
                            .orElseGet(() -> focus(facts.orders()));
                    paragraphs.addAll(OrderReply.about(wording, focus, facts.calendar()));
                    if (asked.isEmpty()) { // the customer who named their order needs no list of the others
                        otherOrders(wording, facts.orders(), focus)
                                .or(() -> facts.unreadableOrders() > 0 ? Optional.of(wording.anotherOrder()) : Optional.empty())
                                .ifPresent(paragraphs::add);
                    }
                }
            }
            case NO_ORDERS_FOUND -> paragraphs.add(facts.orderMentions().isEmpty() ? wording.noOrdersFound()
                    : wording.namedOrderNotFound(facts.orderMentions().getFirst().toString()));
            case CUSTOMER_UNKNOWN -> paragraphs.add(wording.customerUnknown());
            case SHOPIFY_NOT_CONFIGURED, SHOPIFY_UNAVAILABLE, SHOPIFY_REFUSED -> paragraphs.add(wording.lookupUnavailable());
        }
        // Signed with the shop's display name; without one, neutrally (never with the myshopify subdomain).
        paragraphs.add(wording.signOff(facts.shopName().map(Phrasing::oneLine)));
        return new ReplyDraft(String.join("\n\n", paragraphs), DraftSource.TEMPLATE, Optional.empty(),
                language.unwritten());
    }

    /**
     * The newest order still on its way (not cancelled, with a package not delivered or items pending),
     * as that is what a customer asks about; the newest order when every order is settled.
     */
    static ShipmentAnalysis focus(List<ShipmentAnalysis> newestFirst) {
        return newestFirst.stream()
                .filter(order -> !order.isCancelled())
                .filter(order -> !order.pendingItems().isEmpty()
                        || !order.parcels().isEmpty() && order.stage() != DeliveryStage.DELIVERED)
                .findFirst()
                .orElse(newestFirst.getFirst());
    }

    private static Optional<String> otherOrders(Wording wording, List<ShipmentAnalysis> orders, ShipmentAnalysis focus) {
        List<String> names = orders.stream().filter(order -> order != focus).limit(OTHER_ORDERS_NAMED)
                .map(order -> Phrasing.oneLine(order.orderName())).toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(wording.otherOrders(wording.or(names)));
    }
}
