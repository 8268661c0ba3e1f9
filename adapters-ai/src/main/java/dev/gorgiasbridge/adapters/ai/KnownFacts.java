package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.DisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.NonShippingItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.PendingReason;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingNumber;
import dev.gorgiasbridge.domain.shipment.Unrecognised;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the shop's facts say, normalised exactly like a draft, in the shape the guardrails check against:
 * the orders with their packages (every carrier, tracking number and link of each), pending items, items
 * that never ship, and the values a draft may cite. Only shop data counts — Shopify's orders and the
 * configured shop name; what the customer or Gorgias wrote never does. The same orders as {@link FactSheet}
 * shows the model, so a draft citing an order the prompt left out is refused.
 */
final class KnownFacts {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** One order, numbered from 1 in the facts' order (newest first). */
    record OrderFacts(int number, String name, LocalDate placed, Optional<LocalDate> cancelled, List<ParcelFacts> parcels,
                      List<PendingFacts> pending, List<NonShippingFacts> nonShipping) {
        boolean isCancelled() {
            return cancelled.isPresent();
        }

        /** Its packages and pending items: what reaches the customer, so what "everything" and "in full" are about. */
        List<Unit> units() {
            return Stream.concat(parcels.stream(), pending.stream()).map(Unit.class::cast).toList();
        }
    }

    /** Something of an order a status can be said of: a package, items not handed over yet, or items that never ship. */
    sealed interface Unit permits ParcelFacts, PendingFacts, NonShippingFacts {
        int order();
    }

    /**
     * A package, numbered from 1 within its order as the fact sheet numbers it: one shipment, whatever its
     * number of tracking numbers, with one status and one way of reaching the customer.
     *
     * @param status   Shopify's display status; an {@link Unrecognised} one confirms no stage
     * @param handover by carrier (a pickup point included), picked up at the shop, or delivered by the shop
     */
    record ParcelFacts(int order, int number, List<String> carriers, List<String> trackingNumbers, List<String> links,
                       DisplayStatus status, Handover handover, List<String> contents, Optional<LocalDate> delivered,
                       Optional<LocalDate> expected) implements Unit {
        DeliveryStage stage() {
            return status.stage();
        }

        boolean statusUnknown() {
            return status instanceof Unrecognised;
        }

        /** Shopify says the customer collected it (at the shop or at a pickup point). */
        boolean pickedUp() {
            return status == FulfillmentDisplayStatus.PICKED_UP
                    || handover == Handover.STORE_PICKUP && stage() == DeliveryStage.DELIVERED;
        }

        boolean tracked() {
            return !trackingNumbers.isEmpty() || !links.isEmpty();
        }
    }

    /** Units not handed over yet, why they wait, and how they will reach the customer. */
    record PendingFacts(int order, String name, int units, PendingReason reason, Handover handover) implements Unit {
    }

    /** Gift cards, digital goods, services: never shipped, so never "not shipped yet" nor "on the way". */
    record NonShippingFacts(int order, String name, int units) implements Unit {
    }

    private final List<OrderFacts> orders;
    /** The shop's time zone and the time of writing: the facts' days are the shop's days. */
    private final ShopCalendar calendar;
    private final Optional<String> shopName;
    private final Set<LocalDate> dates = new HashSet<>();
    private final Set<Long> numbers = new HashSet<>();
    private final java.util.Map<String, Set<Integer>> quantities = new java.util.HashMap<>();

    private KnownFacts(ReplyFacts facts) {
        this.calendar = facts.calendar();
        List<OrderFacts> listed = new ArrayList<>();
        List<ShipmentAnalysis> shown = facts.orders().stream().limit(FactSheet.ORDERS_LISTED).toList();
        for (int o = 0; o < shown.size(); o++) {
            listed.add(order(o + 1, shown.get(o), facts.calendar()));
        }
        this.orders = List.copyOf(listed);
        this.shopName = facts.shopName().map(KnownFacts::text);
        for (OrderFacts order : orders) {
            numbers.add((long) order.parcels().size());
            numbers.add((long) order.pending().size());
            order.pending().forEach(item -> numbers.add((long) item.units()));
            numbers.add((long) order.pending().stream().mapToInt(PendingFacts::units).sum());
            order.nonShipping().forEach(item -> numbers.add((long) item.units()));
            order.parcels().forEach(parcel -> {
                numbers.add((long) parcel.number());
                numbers.add((long) parcel.trackingNumbers().size());
            });
            numbersIn(order.name());
            order.parcels().forEach(parcel -> parcel.contents().forEach(this::numbersIn));
            order.pending().forEach(item -> numbersIn(item.name()));
            order.nonShipping().forEach(item -> numbersIn(item.name()));
        }
        numbers.add((long) orders.size());
        shown.forEach(order -> {
            date(order.createdAt());
            order.cancelledAt().ifPresent(this::date);
            order.parcels().forEach(parcel -> {
                parcel.deliveredAt().ifPresent(this::date);
                parcel.estimatedDeliveryAt().ifPresent(this::date);
                parcel.contents().forEach(item -> {
                    numbers.add((long) item.quantity());
                    quantities.computeIfAbsent(text(item.name()), name -> new HashSet<>()).add(item.quantity());
                });
            });
        });
        shopName.ifPresent(this::numbersIn);
        orders.forEach(order -> {
            order.pending().forEach(item -> quantities.computeIfAbsent(item.name(), name -> new HashSet<>()).add(item.units()));
            order.nonShipping().forEach(item -> quantities.computeIfAbsent(item.name(), name -> new HashSet<>()).add(item.units()));
        });
    }

    /** The quantities an item comes in: per package it travels in, still to ship, or never shipped. */
    Set<Integer> quantitiesOf(String itemName) {
        return Set.copyOf(quantities.getOrDefault(itemName, Set.of()));
    }

    static KnownFacts of(ReplyFacts facts) {
        return new KnownFacts(facts);
    }

    private static OrderFacts order(int number, ShipmentAnalysis order, ShopCalendar calendar) {
        List<ParcelFacts> parcels = new ArrayList<>();
        for (int p = 0; p < order.parcels().size(); p++) {
            Parcel parcel = order.parcels().get(p);
            parcels.add(new ParcelFacts(number, p + 1, parcel.carriers().stream().map(KnownFacts::text).distinct().toList(),
                    trackingNumbers(parcel),
                    Stream.concat(parcel.trackingUrls().stream(), parcel.trackingLinks().stream()).map(NormalisedText::of)
                            .distinct().toList(),
                    parcel.displayStatus(), parcel.handover(),
                    parcel.contents().stream().map(FulfillmentLineItem::name).map(KnownFacts::text).toList(),
                    parcel.deliveredAt().map(calendar::day), parcel.upcomingDelivery(calendar).map(calendar::day)));
        }
        List<PendingFacts> pending = order.pendingItems().stream()
                .map((PendingItem item) -> new PendingFacts(number, text(item.name()), item.units(), item.reason(), item.handover()))
                .toList();
        List<NonShippingFacts> nonShipping = order.nonShippingItems().stream()
                .map((NonShippingItem item) -> new NonShippingFacts(number, text(item.name()), item.units()))
                .toList();
        return new OrderFacts(number, text(order.orderName()), calendar.day(order.createdAt()), order.cancelledAt().map(calendar::day),
                parcels, pending,
                nonShipping);
    }

    /** The one place that reads a package's tracking numbers — all of them — normalised like a draft. */
    private static List<String> trackingNumbers(Parcel parcel) {
        return parcel.trackingNumbers().stream().map(TrackingNumber::value).map(KnownFacts::text).distinct().toList();
    }

    /** Shop data on one line and normalised, as {@link FactSheet} shows it to the model. */
    static String text(String value) {
        return FactSheet.field(value);
    }

    /** A day the facts name; its year and day of the month may then appear on their own ("the 5th", "in 2026"). */
    private void date(Instant at) {
        LocalDate day = calendar.day(at);
        dates.add(day);
        numbers.add((long) day.getYear());
        numbers.add((long) day.getDayOfMonth());
    }

    private void numbersIn(String text) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            if (number.group().length() <= 12) {
                numbers.add(Long.parseLong(number.group()));
            }
        }
    }

    List<OrderFacts> orders() {
        return orders;
    }

    Optional<String> shopName() {
        return shopName;
    }

    List<ParcelFacts> parcels() {
        return orders.stream().flatMap(order -> order.parcels().stream()).toList();
    }

    List<PendingFacts> pending() {
        return orders.stream().flatMap(order -> order.pending().stream()).toList();
    }

    List<NonShippingFacts> nonShipping() {
        return orders.stream().flatMap(order -> order.nonShipping().stream()).toList();
    }

    /** Every tracking number of every package. */
    List<String> trackingNumbers() {
        return parcels().stream().flatMap(parcel -> parcel.trackingNumbers().stream()).toList();
    }

    /** Every tracking URL of every package, as Shopify gave it and as a link. */
    List<String> links() {
        return parcels().stream().flatMap(parcel -> parcel.links().stream()).toList();
    }

    /** Every carrier of every package, each once. */
    List<String> carriers() {
        return parcels().stream().flatMap(parcel -> parcel.carriers().stream()).distinct().toList();
    }

    /** Product names: of packages' contents, of pending items and of items that never ship. */
    List<String> itemNames() {
        return Stream.of(parcels().stream().flatMap(parcel -> parcel.contents().stream()),
                pending().stream().map(PendingFacts::name), nonShipping().stream().map(NonShippingFacts::name))
                .flatMap(names -> names).distinct().toList();
    }

    /** Days the facts name: orders placed or cancelled, packages delivered (or picked up) or expected. */
    Set<LocalDate> dates() {
        return Set.copyOf(dates);
    }

    /**
     * Whole numbers a draft may write on their own: counts of orders, packages, tracking numbers and units,
     * package numbers, quantities, the numbers inside order and product names, and the years and days of the
     * facts' dates.
     */
    boolean allowsNumber(long number) {
        return numbers.contains(number);
    }

    OrderFacts order(int number) {
        return orders.get(number - 1);
    }
}
