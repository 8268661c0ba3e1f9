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
 * promises a follow-up.
 */
public final class TemplateReply {
    private static final int OTHER_ORDERS_NAMED = 3;
    /** The sign-off when the shop's name is unknown. */

    private TemplateReply() {
    }

    public static ReplyDraft draft(ReplyFacts facts) {
        CustomerLanguage language = facts.customerLanguage();
        Wording wording = language.replyLanguage().wording();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(wording.greeting(facts.customerFirstName().map(Phrasing::oneLine)));
        switch (facts.lookup()) {
            case ORDERS_FOUND -> {
                ShipmentAnalysis focus = focus(facts.orders());
                paragraphs.addAll(OrderReply.about(wording, focus));
                otherOrders(wording, facts.orders(), focus).ifPresent(paragraphs::add);
            }
            case NO_ORDERS_FOUND -> paragraphs.add(wording.noOrdersFound());
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
