package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One shipment (one active fulfillment) as the customer counts packages: it may travel under several tracking
 * numbers, but it has one status, one delivery method and its contents are listed once.
 *
 * @param carriers       the carriers named by its tracking entries, each once, in Shopify's order
 * @param tracking       its tracking entries that carry a number or a link; URLs exactly as Shopify gave them
 * @param deliveryMethod how it reaches the customer, from the fulfillment order it came from
 * @param contents       what it sent
 * @param fulfilledAt    when the shop fulfilled it: the day it was sent, or prepared when no carrier has it yet
 * @param inTransitAt    when the carrier first reported it under way, when Shopify knows
 */
public record Parcel(
        List<String> carriers,
        List<TrackingInfo> tracking,
        DisplayStatus displayStatus,
        DeliveryMethod deliveryMethod,
        List<FulfillmentLineItem> contents,
        Optional<Instant> deliveredAt,
        Optional<Instant> estimatedDeliveryAt,
        Instant fulfilledAt,
        Optional<Instant> inTransitAt) {

    public Parcel {
        carriers = List.copyOf(carriers);
        tracking = List.copyOf(tracking);
        Objects.requireNonNull(displayStatus, "displayStatus");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        contents = List.copyOf(contents);
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
        Objects.requireNonNull(fulfilledAt, "fulfilledAt");
        Objects.requireNonNull(inTransitAt, "inTransitAt");
    }

    /**
     * Whether its estimated delivery day is already past, in the shop's calendar, and it has not arrived: the
     * estimate no longer holds and must not be repeated as if it did.
     */
    public boolean isLate(ShopCalendar calendar) {
        return deliveredAt.isEmpty() && stage() != DeliveryStage.DELIVERED && stage() != DeliveryStage.NOT_SHIPPED
                && estimatedDeliveryAt.filter(calendar::isBeforeToday).isPresent();
    }

    /** The estimated delivery while it still lies ahead (today counts): empty once delivered or late. */
    public Optional<Instant> upcomingDelivery(ShopCalendar calendar) {
        return deliveredAt.isPresent() || isLate(calendar) ? Optional.empty() : estimatedDeliveryAt;
    }

    public DeliveryStage stage() {
        return displayStatus.stage();
    }

    public DeliveryMethod.Handover handover() {
        return deliveryMethod.handover();
    }

    public List<TrackingNumber> trackingNumbers() {
        return tracking.stream().flatMap(entry -> entry.number().stream()).toList();
    }

    /** Every tracking URL exactly as Shopify gave it. */
    public List<String> trackingUrls() {
        return tracking.stream().flatMap(entry -> entry.url().stream()).toList();
    }

    /** The tracking URLs worth a link (see {@link TrackingInfo#link()}). */
    public List<String> trackingLinks() {
        return tracking.stream().flatMap(entry -> entry.link().stream()).toList();
    }

    public boolean isTracked() {
        return !trackingNumbers().isEmpty();
    }
}
