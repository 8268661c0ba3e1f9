package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One shipment of some of the order's items. It may carry several tracking numbers (several boxes of one
 * shipment, or a re-label), yet it stays one shipment with one status and one list of contents.
 *
 * @param createdAt   when the shop fulfilled it (Shopify's {@code createdAt}): the day it was sent, or prepared
 * @param inTransitAt when the carrier first reported it under way ({@code inTransitAt}), when Shopify knows
 */
public record Fulfillment(
        FulfillmentStatus status,
        DisplayStatus displayStatus,
        Instant createdAt,
        Optional<Instant> inTransitAt,
        Optional<Instant> deliveredAt,
        Optional<Instant> estimatedDeliveryAt,
        List<TrackingInfo> trackingInfo,
        List<FulfillmentLineItem> lineItems) {

    public Fulfillment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(displayStatus, "displayStatus");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(inTransitAt, "inTransitAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
        trackingInfo = List.copyOf(trackingInfo);
        lineItems = List.copyOf(lineItems);
    }

    /** A fulfillment whose carrier never reported it in transit (or of which Shopify did not say). */
    public Fulfillment(FulfillmentStatus status, DisplayStatus displayStatus, Instant createdAt,
                       Optional<Instant> deliveredAt, Optional<Instant> estimatedDeliveryAt,
                       List<TrackingInfo> trackingInfo, List<FulfillmentLineItem> lineItems) {
        this(status, displayStatus, createdAt, Optional.empty(), deliveredAt, estimatedDeliveryAt, trackingInfo, lineItems);
    }

    /**
     * Whether this fulfillment still carries something to the customer: not cancelled or failed, and, for one
     * Shopify still reports as {@code SUCCESS}, its label not voided and the package not cancelled at the
     * carrier ({@code displayStatus} {@code LABEL_VOIDED} / {@code CANCELED}); their tracking leads nowhere.
     */
    public boolean isActive() {
        return status.isActive() && displayStatus != FulfillmentDisplayStatus.LABEL_VOIDED
                && displayStatus != FulfillmentDisplayStatus.CANCELED;
    }

    /**
     * This shipment as the customer's package entry: every tracking entry with a number or a link, the
     * whole contents once. Shopify does not say which item travels under which number.
     */
    Parcel parcel(DeliveryMethod deliveryMethod) {
        List<TrackingInfo> tracking = trackingInfo.stream()
                .filter(entry -> entry.number().isPresent() || entry.url().isPresent()).distinct().toList();
        List<String> carriers = trackingInfo.stream().flatMap(entry -> entry.company().stream()).distinct().toList();
        return new Parcel(carriers, tracking, displayStatus, deliveryMethod, lineItems, deliveredAt, estimatedDeliveryAt,
                createdAt, inTransitAt);
    }
}
