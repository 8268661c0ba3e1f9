package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One shipment of some of the order's items. It may carry several tracking numbers (several boxes of one
 * shipment, or a re-label), yet it stays one shipment with one status and one list of contents.
 */
public record Fulfillment(
        FulfillmentStatus status,
        DisplayStatus displayStatus,
        Instant createdAt,
        Optional<Instant> deliveredAt,
        Optional<Instant> estimatedDeliveryAt,
        List<TrackingInfo> trackingInfo,
        List<FulfillmentLineItem> lineItems) {

    public Fulfillment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(displayStatus, "displayStatus");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
        trackingInfo = List.copyOf(trackingInfo);
        lineItems = List.copyOf(lineItems);
    }

    public boolean isActive() {
        return status.isActive();
    }

    /**
     * This shipment as the customer's package entry: every tracking entry with a number or a link, the
     * whole contents once. Shopify does not say which item travels under which number.
     */
    Parcel parcel(DeliveryMethod deliveryMethod) {
        List<TrackingInfo> tracking = trackingInfo.stream()
                .filter(entry -> entry.number().isPresent() || entry.url().isPresent()).distinct().toList();
        List<String> carriers = trackingInfo.stream().flatMap(entry -> entry.company().stream()).distinct().toList();
        return new Parcel(carriers, tracking, displayStatus, deliveryMethod, lineItems, deliveredAt, estimatedDeliveryAt);
    }
}
