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
 */
public record Parcel(
        List<String> carriers,
        List<TrackingInfo> tracking,
        DisplayStatus displayStatus,
        DeliveryMethod deliveryMethod,
        List<FulfillmentLineItem> contents,
        Optional<Instant> deliveredAt,
        Optional<Instant> estimatedDeliveryAt) {

    public Parcel {
        carriers = List.copyOf(carriers);
        tracking = List.copyOf(tracking);
        Objects.requireNonNull(displayStatus, "displayStatus");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        contents = List.copyOf(contents);
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
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
