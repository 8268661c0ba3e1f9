package dev.gorgiasbridge.domain.note;

import dev.gorgiasbridge.domain.reply.GreetingName;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.OrderMention;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an internal note is composed from.
 *
 * @param orders         the analysed orders, newest first; empty unless orders were found
 * @param serviceName    for the footer, e.g. "Gorgias Bridge"
 * @param serviceVersion for the footer; not part of the content hash
 * @param refusal        why Shopify refused the lookup: present with {@link LookupStatus#SHOPIFY_REFUSED} and only with it
 * @param unreadableOrders how many orders in Shopify's answer could not be read and are not shown
 * @param calendar       the shop's time zone and the time of writing: every date is the shop's day, and an
 *                       estimated delivery already past reads as late
 * @param orderMentions  the order numbers the customer names (message, then subject): the one found among
 *                       the orders is listed first and marked, one not found is pointed out to the agent
 */
public record NoteFacts(
        TicketId ticket,
        Optional<String> customerName,
        Optional<String> customerEmail,
        LookupStatus lookup,
        List<ShipmentAnalysis> orders,
        ReplyDraft draft,
        String serviceName,
        String serviceVersion,
        Optional<LookupRefusal> refusal,
        int unreadableOrders,
        ShopCalendar calendar,
        List<OrderMention> orderMentions) {

    /** Facts written without a calendar (UTC, nothing counts as past) or an order the customer names. */
    public NoteFacts(TicketId ticket, Optional<String> customerName, Optional<String> customerEmail, LookupStatus lookup,
                     List<ShipmentAnalysis> orders, ReplyDraft draft, String serviceName, String serviceVersion,
                     Optional<LookupRefusal> refusal, int unreadableOrders) {
        this(ticket, customerName, customerEmail, lookup, orders, draft, serviceName, serviceVersion, refusal,
                unreadableOrders, ShopCalendar.TIMELESS, List.of());
    }

    /** Facts where every order in Shopify's answer could be read. */
    public NoteFacts(TicketId ticket, Optional<String> customerName, Optional<String> customerEmail, LookupStatus lookup,
                     List<ShipmentAnalysis> orders, ReplyDraft draft, String serviceName, String serviceVersion,
                     Optional<LookupRefusal> refusal) {
        this(ticket, customerName, customerEmail, lookup, orders, draft, serviceName, serviceVersion, refusal, 0);
    }

    public NoteFacts {
        Objects.requireNonNull(ticket, "ticket");
        customerName = GreetingName.visible(Objects.requireNonNull(customerName, "customerName"));
        customerEmail = Objects.requireNonNull(customerEmail, "customerEmail").filter(email -> !email.isBlank());
        Objects.requireNonNull(lookup, "lookup");
        orders = List.copyOf(orders);
        lookup.requireMatching(orders);
        Objects.requireNonNull(draft, "draft");
        if (serviceName == null || serviceName.isBlank() || serviceVersion == null || serviceVersion.isBlank()) {
            throw new IllegalArgumentException("the footer needs the service's name and version");
        }
        Objects.requireNonNull(refusal, "refusal");
        if (unreadableOrders < 0) {
            throw new IllegalArgumentException("unreadableOrders must not be negative, got " + unreadableOrders);
        }
        if (refusal.isPresent() != (lookup == LookupStatus.SHOPIFY_REFUSED)) {
            throw new IllegalArgumentException("a refusal comes with SHOPIFY_REFUSED and only with it, got " + lookup);
        }
        Objects.requireNonNull(calendar, "calendar");
        orderMentions = List.copyOf(orderMentions);
    }

    /** The order the customer names, found among the orders or not; empty when they name none. */
    public Optional<OrderMention.Asked> askedOrder() {
        return OrderMention.asked(orderMentions, orders);
    }

    /** Facts of a lookup that was not refused. */
    public NoteFacts(TicketId ticket, Optional<String> customerName, Optional<String> customerEmail, LookupStatus lookup,
                     List<ShipmentAnalysis> orders, ReplyDraft draft, String serviceName, String serviceVersion) {
        this(ticket, customerName, customerEmail, lookup, orders, draft, serviceName, serviceVersion, Optional.empty());
    }

    /**
     * SHA-256 (hex) of what the note tells the agent about the ticket, its customer and orders: equal
     * facts give an equal hash, any fact the note shows changing changes it. The draft and the footer are
     * left out on purpose: an AI draft differs between runs and the version changes with every deploy,
     * yet neither is news to the agent. So a note can be skipped as "nothing new" before drafting, by
     * hashing with any draft.
     */
    public String contentHash() {
        String canonical = "note v1\nticket " + ticket + "\n" + PlainTextRendering.render(ShipmentNote.factBlocks(this));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
