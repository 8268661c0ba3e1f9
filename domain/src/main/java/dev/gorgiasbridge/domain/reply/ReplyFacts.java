package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a suggested reply may be built from. The AI drafter builds its prompt from this record and
 * checks its answer against it, so a fact missing here is a fact no draft may state.
 *
 * @param customerFirstName how to greet the customer, when known
 * @param orders            the customer's analysed orders, newest first; empty unless orders were found
 * @param shopName          the shop's display name to sign with (Shopify's {@code shop.name} or {@code STORE_NAME}),
 *                          never its myshopify subdomain; without it the reply is signed neutrally
 * @param language          the ticket's language (ISO code) as Gorgias detected it; see {@link #customerLanguage()}
 * @param customerMessage   the customer's latest message: untrusted text, context for the AI only
 * @param ticketSubject     the ticket's subject: untrusted text like the message, context for the AI only
 * @param ordersCount       how many orders the customer has placed, when Gorgias's Shopify integration says
 * @param totalSpent        what the customer has spent in total, as Gorgias sends it (a decimal, no currency)
 * @param calendar          the shop's time zone and the time of writing: dates are the shop's days, and an
 *                          estimated delivery already past is never promised
 * @param unreadableOrders  how many of the customer's orders Shopify returned that could not be read
 * @param orderMentions     the order numbers the customer names, most relevant first (see {@link OrderMention#in})
 */
public record ReplyFacts(
        Optional<String> customerFirstName,
        List<ShipmentAnalysis> orders,
        LookupStatus lookup,
        Optional<String> shopName,
        Optional<String> language,
        Optional<String> customerMessage,
        Optional<String> ticketSubject,
        Optional<Integer> ordersCount,
        Optional<String> totalSpent,
        ShopCalendar calendar,
        int unreadableOrders,
        List<OrderMention> orderMentions) {

    public ReplyFacts {
        customerFirstName = GreetingName.visible(present(customerFirstName, "customerFirstName"));
        orders = List.copyOf(orders);
        Objects.requireNonNull(lookup, "lookup");
        shopName = present(shopName, "shopName");
        language = present(language, "language");
        customerMessage = present(customerMessage, "customerMessage");
        ticketSubject = present(ticketSubject, "ticketSubject");
        Objects.requireNonNull(ordersCount, "ordersCount");
        if (ordersCount.filter(count -> count < 0).isPresent()) {
            throw new IllegalArgumentException("an order count is never negative, got " + ordersCount.get());
        }
        totalSpent = present(totalSpent, "totalSpent");
        lookup.requireMatching(orders);
        Objects.requireNonNull(calendar, "calendar");
        if (unreadableOrders < 0) {
            throw new IllegalArgumentException("unreadableOrders must not be negative, got " + unreadableOrders);
        }
        orderMentions = List.copyOf(orderMentions);
    }

    /** Facts whose order numbers are those named in the customer's message, then in the ticket's subject. */
    public ReplyFacts(Optional<String> customerFirstName, List<ShipmentAnalysis> orders, LookupStatus lookup,
                      Optional<String> shopName, Optional<String> language, Optional<String> customerMessage,
                      Optional<String> ticketSubject, Optional<Integer> ordersCount, Optional<String> totalSpent,
                      ShopCalendar calendar, int unreadableOrders) {
        this(customerFirstName, orders, lookup, shopName, language, customerMessage, ticketSubject, ordersCount,
                totalSpent, calendar, unreadableOrders, OrderMention.in(List.of(customerMessage, ticketSubject)));
    }

    /** Facts written without a calendar (UTC, nothing counts as past) and with every order readable. */
    public ReplyFacts(Optional<String> customerFirstName, List<ShipmentAnalysis> orders, LookupStatus lookup,
                      Optional<String> shopName, Optional<String> language, Optional<String> customerMessage,
                      Optional<String> ticketSubject, Optional<Integer> ordersCount, Optional<String> totalSpent) {
        this(customerFirstName, orders, lookup, shopName, language, customerMessage, ticketSubject, ordersCount,
                totalSpent, ShopCalendar.TIMELESS, 0);
    }

    /** Facts without the ticket's subject and the customer's history with the shop. */
    public ReplyFacts(Optional<String> customerFirstName, List<ShipmentAnalysis> orders, LookupStatus lookup,
                      Optional<String> shopName, Optional<String> language, Optional<String> customerMessage) {
        this(customerFirstName, orders, lookup, shopName, language, customerMessage, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Facts for a lookup that found no orders, for whatever reason. */
    public static ReplyFacts withoutOrders(LookupStatus lookup, Optional<String> customerFirstName) {
        return new ReplyFacts(customerFirstName, List.of(), lookup, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The language to answer in, decided once for every drafter: the ticket's language, else a guess from the
     * customer's message.
     */
    public CustomerLanguage customerLanguage() {
        return CustomerLanguage.of(language, customerMessage);
    }

    /** The order the customer names, found among their orders or not; empty when they name none. */
    public Optional<OrderMention.Asked> askedOrder() {
        return OrderMention.asked(orderMentions(), orders);
    }

    /** The name to greet by from a display name such as "Maria Keller" (see {@link GreetingName}). */
    public static Optional<String> firstNameOf(Optional<String> displayName) {
        return GreetingName.of(Optional.empty(), displayName);
    }

    /** The name to greet by: Gorgias' {@code firstname} when usable, else from the display name. */
    public static Optional<String> firstNameOf(Optional<String> firstname, Optional<String> displayName) {
        return GreetingName.of(firstname, displayName);
    }

    private static Optional<String> present(Optional<String> text, String what) {
        return Objects.requireNonNull(text, what).map(String::strip).filter(t -> !t.isEmpty());
    }
}
