package dev.gorgiasbridge.domain.note;

import dev.gorgiasbridge.domain.note.NoteBlock.Paragraph;
import dev.gorgiasbridge.domain.note.NoteLine.Plain;
import dev.gorgiasbridge.domain.note.NoteLine.Strong;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.OrderMention;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Composes the internal note for the agent: the customer's orders and packages, what is still to ship
 * and why, the suggested reply, and a footer naming the service. Bounded in size whatever Shopify returns.
 */
public final class ShipmentNote {
    static final int ORDERS_LISTED = 5;
    static final int DRAFT_LENGTH = 4_000;

    private ShipmentNote() {
    }

    public static NoteBody compose(NoteFacts facts) {
        List<NoteBlock> blocks = new ArrayList<>(factBlocks(facts));
        blocks.addAll(reply(facts.draft()));
        blocks.add(Paragraph.of(NoteLine.plain("— Added by " + OutsideText.name(facts.serviceName()) + " "
                + OutsideText.name(facts.serviceVersion()))));
        return new NoteBody(PlainTextRendering.render(blocks), HtmlRendering.render(blocks));
    }

    /** What the note says about the customer and their orders: also what the content hash covers. */
    static List<NoteBlock> factBlocks(NoteFacts facts) {
        String customer = Stream.of(facts.customerName().map(OutsideText::name),
                        facts.customerEmail().map(email -> "(" + OutsideText.name(email) + ")"))
                .flatMap(Optional::stream).reduce((name, email) -> name + " " + email).orElse("unknown customer");
        Optional<OrderMention.Asked> asked = facts.askedOrder();
        List<NoteLine> intro = new ArrayList<>(List.of(
                NoteLine.of(new Strong("Orders and shipments"), new Plain(" for " + customer)),
                NoteLine.plain(lookup(facts, asked))));
        asked.ifPresent(order -> intro.add(askedLine(order, facts)));
        List<NoteBlock> blocks = new ArrayList<>(List.of(new Paragraph(intro)));
        Optional<ShipmentAnalysis> named = asked.flatMap(order -> order instanceof OrderMention.Asked.Found found
                ? Optional.of(found.order()) : Optional.empty());
        // The order the customer names first, so it is never among those left out; the rest newest first.
        Stream.concat(named.stream(), facts.orders().stream().filter(order -> named.filter(n -> n == order).isEmpty()))
                .limit(ORDERS_LISTED)
                .forEach(order -> blocks.addAll(OrderSection.of(order, facts.calendar(),
                        named.filter(n -> n == order).isPresent())));
        if (facts.orders().size() > ORDERS_LISTED) {
            blocks.add(Paragraph.of(NoteLine.plain("and " + (facts.orders().size() - ORDERS_LISTED)
                    + " older orders not listed")));
        }
        return blocks;
    }

    private static String lookup(NoteFacts facts, Optional<OrderMention.Asked> asked) {
        boolean namedFirst = asked.filter(order -> order instanceof OrderMention.Asked.Found found
                && found.order() != facts.orders().getFirst()).isPresent();
        return switch (facts.lookup()) {
            case ORDERS_FOUND -> (facts.orders().size() == 1 ? "1 order found in Shopify."
                    : facts.orders().size() + " orders found in Shopify, " + (namedFirst
                    ? "the one the customer names first, then newest first." : "newest first."))
                    + unreadable(facts.unreadableOrders());
            case NO_ORDERS_FOUND -> "No orders found in Shopify for this customer.";
            case SHOPIFY_NOT_CONFIGURED -> "Shopify is not configured, so no orders were looked up.";
            case CUSTOMER_UNKNOWN -> "The ticket names no email or Shopify customer, so no orders were looked up.";
            case SHOPIFY_UNAVAILABLE -> "Shopify answered, but its answer could not be used, so no orders are shown"
                    + " (the reason is in the service's log).";
            case SHOPIFY_REFUSED -> facts.refusal().map(ShipmentNote::refused).orElseThrow();
        };
    }

    /**
     * Which order the customer names and, when the lookup answered and it is not among the customer's orders,
     * that it is not: nothing may be said about it to the customer before someone checks.
     */
    private static NoteLine askedLine(OrderMention.Asked asked, NoteFacts facts) {
        String number = asked.mention().toString();
        boolean looked = facts.lookup() == LookupStatus.ORDERS_FOUND || facts.lookup() == LookupStatus.NO_ORDERS_FOUND;
        return switch (asked) {
            case OrderMention.Asked.Found found -> NoteLine.of(new Strong("The customer names order " + number),
                    new Plain((found.mention().toString().equals(found.order().orderName().strip()) ? ""
                            : " (" + OutsideText.name(found.order().orderName()) + ")")
                            + (facts.orders().size() > 1 ? ". It is listed first." : ".")));
            case OrderMention.Asked.NotAmongOrders notFound when facts.unreadableOrders() > 0 -> NoteLine.of(new Strong(
                    "The customer names order " + number + ", which is not among the orders shown;"), new Plain(" it may be"
                    + " one of those Shopify returned that could not be read. Check it in Shopify before answering about it."));
            case OrderMention.Asked.NotAmongOrders notFound when looked -> NoteLine.of(new Strong("The customer names order "
                    + number + ", which is not among " + (facts.orders().isEmpty() ? "this customer's orders in Shopify"
                    : "the orders found (the customer's most recent)") + "."), new Plain(" Check the number, or whether"
                    + " it was placed with another email, before answering about it."));
            case OrderMention.Asked.NotAmongOrders notFound -> NoteLine.plain("The customer names order " + number + ".");
        };
    }

    private static String unreadable(int orders) {
        return orders == 0 ? "" : " " + (orders == 1 ? "1 more order" : orders + " more orders") + " in Shopify's answer"
                + " could not be read and " + (orders == 1 ? "is" : "are") + " not shown (the reason is in the service's log).";
    }

    private static String refused(LookupRefusal refusal) {
        String detail = OutsideText.line(refusal.detail(), LookupRefusal.MAX_DETAIL);
        return "Shopify refused the lookup (" + refusal.kind() + "): " + detail
                + (detail.matches(".*[.!?…]$") ? "" : ".") + " No orders were looked up; the operator has been told.";
    }

    /** The draft keeps its paragraphs and lines; each line is outside text like any other. */
    private static List<NoteBlock> reply(ReplyDraft draft) {
        List<NoteLine> heading = new ArrayList<>(List.of(
                NoteLine.of(new Strong("Suggested reply"), new Plain(" (" + draft.source().label()
                        // The agent can tell a refused AI draft from a template that was the only drafter.
                        + draft.fallbackReason().map(reason -> "; the AI draft was not used: " + reason).orElse("")
                        + "):"))));
        // For the agent only: the reply itself never mentions it.
        draft.customerLanguage().ifPresent(language -> heading.add(NoteLine.plain("The customer wrote in "
                + OutsideText.name(language) + ", a language the template does not write; this reply is in English,"
                + " so adapt it before sending.")));
        List<NoteBlock> blocks = new ArrayList<>(List.of(new Paragraph(heading)));
        for (String paragraph : OutsideText.cut(draft.text().strip(), DRAFT_LENGTH).split("\\R\\s*\\R")) {
            blocks.add(new Paragraph(Arrays.stream(paragraph.split("\\R"))
                    .map(line -> NoteLine.plain(OutsideText.line(line, DRAFT_LENGTH))).toList()));
        }
        return blocks;
    }
}
