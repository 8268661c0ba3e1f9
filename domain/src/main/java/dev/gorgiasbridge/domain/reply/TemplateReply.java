package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deterministic reply drafter: a short English reply built only from the facts, so it may be sent
 * as is. It never guesses: without orders it asks for the order number or promises a follow-up.
 */
public final class TemplateReply {
    private static final int OTHER_ORDERS_NAMED = 3;
    /** The sign-off when the shop's name is unknown. */
    public static final String NEUTRAL_SIGNATURE = "The support team";

    private TemplateReply() {
    }

    public static ReplyDraft draft(ReplyFacts facts) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hi " + facts.customerFirstName().map(Phrasing::oneLine).orElse("there") + ",");
        switch (facts.lookup()) {
            case ORDERS_FOUND -> {
                ShipmentAnalysis focus = focus(facts.orders());
                paragraphs.addAll(OrderReply.about(focus));
                otherOrders(facts.orders(), focus).ifPresent(paragraphs::add);
            }
            case NO_ORDERS_FOUND -> paragraphs.add("Thanks for reaching out. I couldn't find an order linked to"
                    + " your contact details. Could you send me your order number? You'll find it in your order"
                    + " confirmation email, and I'll look into it right away.");
            case CUSTOMER_UNKNOWN -> paragraphs.add("Thanks for reaching out. Could you send me your order number"
                    + " and the email address you used to order? I'll look into it and get back to you shortly.");
            case SHOPIFY_NOT_CONFIGURED, SHOPIFY_UNAVAILABLE, SHOPIFY_REFUSED -> paragraphs.add("Thanks for reaching out about"
                    + " your order. I'm checking on it now and will get back to you with an update shortly.");
        }
        // Signed with the shop's display name; without one, neutrally (never with the myshopify subdomain).
        paragraphs.add("Best regards,\n" + facts.shopName().map(shop -> "The " + Phrasing.oneLine(shop) + " team")
                .orElse(NEUTRAL_SIGNATURE));
        return new ReplyDraft(String.join("\n\n", paragraphs), DraftSource.TEMPLATE);
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

    private static Optional<String> otherOrders(List<ShipmentAnalysis> orders, ShipmentAnalysis focus) {
        List<String> names = orders.stream().filter(order -> order != focus).limit(OTHER_ORDERS_NAMED)
                .map(order -> Phrasing.oneLine(order.orderName())).toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(
                "If your question is about another order (" + Phrasing.list(names, "or") + "), just let me know.");
    }
}
