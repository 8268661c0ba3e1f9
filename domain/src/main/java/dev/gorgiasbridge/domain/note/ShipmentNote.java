package dev.gorgiasbridge.domain.note;

import dev.gorgiasbridge.domain.note.NoteBlock.Paragraph;
import dev.gorgiasbridge.domain.note.NoteLine.Plain;
import dev.gorgiasbridge.domain.note.NoteLine.Strong;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
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
        List<NoteBlock> blocks = new ArrayList<>(List.of(Paragraph.of(
                NoteLine.of(new Strong("Orders and shipments"), new Plain(" for " + customer)),
                NoteLine.plain(lookup(facts)))));
        facts.orders().stream().limit(ORDERS_LISTED).forEach(order -> blocks.addAll(OrderSection.of(order)));
        if (facts.orders().size() > ORDERS_LISTED) {
            blocks.add(Paragraph.of(NoteLine.plain("and " + (facts.orders().size() - ORDERS_LISTED)
                    + " older orders not listed")));
        }
        return blocks;
    }

    private static String lookup(NoteFacts facts) {
        return switch (facts.lookup()) {
            case ORDERS_FOUND -> (facts.orders().size() == 1 ? "1 order found in Shopify."
                    : facts.orders().size() + " orders found in Shopify, newest first.") + unreadable(facts.unreadableOrders());
            case NO_ORDERS_FOUND -> "No orders found in Shopify for this customer.";
            case SHOPIFY_NOT_CONFIGURED -> "Shopify is not configured, so no orders were looked up.";
            case CUSTOMER_UNKNOWN -> "The ticket names no email or Shopify customer, so no orders were looked up.";
            case SHOPIFY_UNAVAILABLE -> "Shopify answered, but its answer could not be used, so no orders are shown"
                    + " (the reason is in the service's log).";
            case SHOPIFY_REFUSED -> facts.refusal().map(ShipmentNote::refused).orElseThrow();
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
