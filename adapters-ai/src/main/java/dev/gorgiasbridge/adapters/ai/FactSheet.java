package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.domain.reply.OrderMention;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingNumber;
import dev.gorgiasbridge.domain.shipment.Unrecognised;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts as plain lines for the model: the shop's and Shopify's data only, normalised like a draft. What
 * the customer or Gorgias wrote (the customer's name included) goes into the prompt's untrusted block instead.
 * Each package is one shipment with every carrier, tracking number and link Shopify gives for it; pickups and
 * local deliveries say they have no tracking, items that never ship say so, and a status or method this
 * service does not know is given in Shopify's words with the instruction to state none.
 */
final class FactSheet {
    static final int ORDERS_LISTED = 5;
    private static final int FIELD_LENGTH = 200;

    private FactSheet() {
    }

    static List<String> lines(ReplyFacts facts) {
        List<String> lines = new ArrayList<>();
        facts.shopName().ifPresent(shop -> lines.add("Shop: " + field(shop)));
        lines.add("Order lookup: " + lookup(facts));
        ShopCalendar calendar = facts.calendar();
        if (!calendar.equals(ShopCalendar.TIMELESS)) {
            // Dates are the shop's days (docs/ai-drafts.md): "today" lets the model tell a late package from a coming one.
            lines.add("Today (the shop's time zone): " + calendar.today());
        }
        facts.askedOrder().ifPresent(asked -> lines.add(switch (asked) {
            case OrderMention.Asked.Found found -> "The customer asks about order " + field(found.order().orderName()) + ".";
            case OrderMention.Asked.NotAmongOrders missing -> "The customer asks about order " + field(missing.mention().toString())
                    + ", which is not among the customer's orders below: describe no order as " + field(missing.mention().toString())
                    + "; say it was not found and ask the customer to check the number.";
        }));
        facts.orders().stream().limit(ORDERS_LISTED).forEach(order -> lines.addAll(order(order, calendar)));
        if (facts.orders().size() > ORDERS_LISTED) {
            lines.add("(" + (facts.orders().size() - ORDERS_LISTED) + " older orders not listed)");
        }
        return lines;
    }

    private static String lookup(ReplyFacts facts) {
        return switch (facts.lookup()) {
            case ORDERS_FOUND -> facts.orders().size() + " order(s) found, newest first.";
            case NO_ORDERS_FOUND -> "no order found for the customer's contact details; ask for the order number.";
            case CUSTOMER_UNKNOWN -> "the ticket does not say who the customer is; ask for the order number and the"
                    + " email address used to order.";
            case SHOPIFY_NOT_CONFIGURED, SHOPIFY_UNAVAILABLE -> "orders could not be looked up; say nothing about"
                    + " the order's status, say the team is checking and will follow up.";
            // Why it was refused is for the operator (the note says it); the customer hears nothing of credentials.
            case SHOPIFY_REFUSED -> "orders could not be looked up right now; say nothing about the order's status and"
                    + " nothing about systems, access or credentials; say the team is checking and will follow up.";
        };
    }

    private static List<String> order(ShipmentAnalysis order, ShopCalendar calendar) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Order " + field(order.orderName()) + ", placed " + date(order.createdAt(), calendar)
                + order.cancelledAt().map(at -> ", cancelled " + date(at, calendar)).orElse(""));
        if (order.isSplit()) {
            boolean byCarrier = order.parcels().stream().allMatch(parcel -> parcel.handover() == Handover.CARRIER)
                    && order.pendingItems().stream().allMatch(item -> item.handover() == Handover.CARRIER);
            lines.add(byCarrier
                    ? "- Split shipment: " + order.parcels().size() + " package(s) sent"
                            + (order.pendingUnits() > 0 ? ", " + order.pendingUnits() + " unit(s) not shipped yet" : "")
                    : "- In parts: " + order.parcels().size() + " package(s) so far"
                            + (order.pendingUnits() > 0 ? ", " + order.pendingUnits() + " unit(s) not handed over yet" : ""));
        }
        if (order.parcels().isEmpty() && !order.pendingItems().isEmpty()) {
            lines.add("- No package has been handed over yet.");
        }
        if (order.parcels().isEmpty() && order.pendingItems().isEmpty() && !order.nonShippingItems().isEmpty()) {
            lines.add("- Nothing in this order is shipped: it holds only items that need no delivery.");
        }
        for (int i = 0; i < order.parcels().size(); i++) {
            lines.add("- Package " + (i + 1) + " of " + order.parcels().size() + ": " + parcel(order.parcels().get(i), calendar));
        }
        for (PendingItem item : order.pendingItems()) {
            lines.add("- " + pending(item));
        }
        order.nonShippingItems().forEach(item -> lines.add("- Needs no shipping (gift card, digital good or service;"
                + " never shipped and never tracked, so never \"not shipped yet\"): " + item.units() + " x " + field(item.name())));
        return lines;
    }

    private static String parcel(Parcel parcel, ShopCalendar calendar) {
        List<String> parts = new ArrayList<>();
        handover(parcel.handover(), parcel.deliveryMethod()).ifPresent(parts::add);
        boolean byCarrier = parcel.handover() == Handover.CARRIER || parcel.handover() == Handover.NONE;
        if (byCarrier || !parcel.carriers().isEmpty()) {
            parts.add((parcel.carriers().size() > 1 ? "carriers " : "carrier ") + (parcel.carriers().isEmpty() ? "not given"
                    : parcel.carriers().stream().map(FactSheet::field).collect(Collectors.joining(" and "))));
        }
        List<TrackingNumber> numbers = parcel.trackingNumbers();
        if (numbers.size() > 1) {
            parts.add("tracking numbers " + numbers.stream().map(number -> field(number.value())).collect(Collectors.joining(" and "))
                    + " (" + numbers.size() + " numbers for this one package)");
        } else if (byCarrier || !numbers.isEmpty()) {
            parts.add("tracking number " + numbers.stream().map(number -> field(number.value())).findFirst().orElse("none"));
        }
        parcel.trackingLinks().forEach(link -> parts.add("tracking link " + NormalisedText.of(link)));
        parts.add(status(parcel.displayStatus(), parcel.handover()));
        parcel.deliveredAt().ifPresent(at -> parts.add((parcel.handover() == Handover.STORE_PICKUP ? "picked up " : "delivered ")
                + date(at, calendar)));
        // A day already past is no promise: the package is late, and that day is never an expected delivery.
        if (parcel.isLate(calendar)) {
            parcel.estimatedDeliveryAt().ifPresent(at -> parts.add("expected " + date(at, calendar) + ", now late (no new date known)"));
        }
        parcel.upcomingDelivery(calendar).ifPresent(at -> parts.add("estimated delivery " + date(at, calendar)));
        if (!parcel.contents().isEmpty()) {
            parts.add("contains " + parcel.contents().stream().map(FactSheet::content).collect(Collectors.joining(", ")));
        }
        return String.join(", ", parts);
    }

    /** Pickups and local deliveries have no carrier tracking: the model must not promise any, nor shipping. */
    private static Optional<String> handover(Handover handover, DeliveryMethod method) {
        return switch (handover) {
            case CARRIER, NONE -> method instanceof Unrecognised named && !named.isMissing()
                    ? Optional.of("delivery method unknown to this service (Shopify says \"" + field(named.words()) + "\")")
                    : Optional.empty();
            case STORE_PICKUP -> Optional.of("local pickup at the shop (not shipped; no tracking unless a number is given here)");
            case LOCAL_DELIVERY -> Optional.of("local delivery by the shop (not shipped by a carrier; no tracking unless a number"
                    + " is given here)");
        };
    }

    /** A status this service knows in its words; one it does not in Shopify's, with the instruction to state none. */
    private static String status(DisplayStatus status, Handover handover) {
        return switch (status) {
            case Unrecognised unknown when unknown.isMissing() -> "status not reported by Shopify: state no status for it";
            case Unrecognised unknown -> "status unknown to this service (Shopify says \"" + field(unknown.words())
                    + "\"): state no status for it, say the team is checking";
            default -> "status " + (handover == Handover.STORE_PICKUP && status.words().equals("delivered")
                    ? "picked up" : status.words());
        };
    }

    private static String pending(PendingItem item) {
        String units = item.units() + " x " + field(item.name());
        String why = switch (item.reason()) {
            case UNRECOGNISED_STATUS -> "in a fulfillment order status unknown to this service (Shopify says \""
                    + field(item.status().words()) + "\"): say only that it has not been handed over yet";
            case AWAITING_FULFILLMENT -> switch (item.handover()) {
                case STORE_PICKUP -> "awaiting pickup preparation";
                case LOCAL_DELIVERY -> "awaiting local delivery";
                case CARRIER, NONE -> item.reason().description();
            };
            case ON_HOLD, SCHEDULED, INCOMPLETE -> item.reason().description();
        };
        return switch (item.handover()) {
            case STORE_PICKUP -> "Not ready for pickup yet: " + units + " (" + why + "; local pickup at the shop: never shipped,"
                    + " no tracking)";
            case LOCAL_DELIVERY -> "Not delivered yet: " + units + " (" + why + "; local delivery by the shop: not shipped by"
                    + " a carrier, no tracking)";
            case CARRIER, NONE -> "Not shipped yet: " + units + " (" + why + ")";
        };
    }

    private static String content(FulfillmentLineItem item) {
        return item.quantity() + " x " + field(item.name());
    }

    /** Shop data normalised, on one line and bounded: a product name cannot add lines of its own to the prompt. */
    static String field(String text) {
        String line = NormalisedText.of(text).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
        return line.length() <= FIELD_LENGTH ? line : line.substring(0, FIELD_LENGTH) + "…";
    }

    /** The shop's day of an instant, as ISO yyyy-mm-dd. */
    private static String date(Instant at, ShopCalendar calendar) {
        return calendar.day(at).toString();
    }
}
