package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The facts as plain lines for the model: the shop's and Shopify's data only, normalised like a draft. What
 * the customer or Gorgias wrote (the customer's name included) goes into the prompt's untrusted block instead.
 */
final class FactSheet {
    static final int ORDERS_LISTED = 5;
    private static final int FIELD_LENGTH = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private FactSheet() {
    }

    static List<String> lines(ReplyFacts facts) {
        List<String> lines = new ArrayList<>();
        facts.shopName().ifPresent(shop -> lines.add("Shop: " + field(shop)));
        lines.add("Order lookup: " + lookup(facts));
        facts.orders().stream().limit(ORDERS_LISTED).forEach(order -> lines.addAll(order(order)));
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
        };
    }

    private static List<String> order(ShipmentAnalysis order) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Order " + field(order.orderName()) + ", placed " + date(order.createdAt())
                + order.cancelledAt().map(at -> ", cancelled " + date(at)).orElse(""));
        if (order.isSplit()) {
            lines.add("- Split shipment: " + order.parcels().size() + " package(s) sent"
                    + (order.pendingUnits() > 0 ? ", " + order.pendingUnits() + " unit(s) not shipped yet" : ""));
        }
        if (order.parcels().isEmpty() && !order.isCancelled()) {
            lines.add("- No package has shipped yet.");
        }
        for (int i = 0; i < order.parcels().size(); i++) {
            lines.add("- Package " + (i + 1) + " of " + order.parcels().size() + ": " + parcel(order.parcels().get(i)));
        }
        for (PendingItem item : order.pendingItems()) {
            lines.add("- Not shipped yet: " + item.units() + " x " + field(item.name()) + " (" + item.reason().description() + ")");
        }
        return lines;
    }

    private static String parcel(Parcel parcel) {
        List<String> parts = new ArrayList<>();
        parts.add("carrier " + parcel.carrier().map(FactSheet::field).orElse("not given"));
        parts.add("tracking number " + parcel.trackingNumber().map(number -> field(number.value())).orElse("none"));
        parcel.trackingLink().ifPresent(link -> parts.add("tracking link " + NormalisedText.of(link)));
        parts.add("status " + words(parcel.displayStatus().name()));
        parcel.deliveredAt().ifPresent(at -> parts.add("delivered " + date(at)));
        parcel.estimatedDeliveryAt().filter(at -> parcel.deliveredAt().isEmpty())
                .ifPresent(at -> parts.add("estimated delivery " + date(at)));
        if (!parcel.contents().isEmpty()) {
            parts.add("contains " + parcel.contents().stream().map(FactSheet::content).collect(Collectors.joining(", ")));
        }
        return String.join(", ", parts);
    }

    private static String content(FulfillmentLineItem item) {
        return item.quantity() + " x " + field(item.name());
    }

    /** Shop data normalised, on one line and bounded: a product name cannot add lines of its own to the prompt. */
    static String field(String text) {
        String line = NormalisedText.of(text).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
        return line.length() <= FIELD_LENGTH ? line : line.substring(0, FIELD_LENGTH) + "…";
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String date(Instant at) {
        return DATE.format(at);
    }
}
