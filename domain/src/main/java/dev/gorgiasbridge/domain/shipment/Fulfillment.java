package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One shipment of some of the order's items; it may travel as several packages, one per tracking entry. */
public record Fulfillment(
        FulfillmentStatus status,
        FulfillmentDisplayStatus displayStatus,
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
     * One parcel per tracking entry, or one untracked parcel when there is none (DESIGN 4.4). Shopify
     * does not say which item travels under which number, so every parcel lists the whole contents.
     */
    public List<Parcel> parcels() {
        if (trackingInfo.isEmpty()) {
            return List.of(parcel(TrackingInfo.of(null, null, null)));
        }
        return trackingInfo.stream().map(this::parcel).toList();
    }

    private Parcel parcel(TrackingInfo tracking) {
        return new Parcel(tracking.company(), tracking.number(), tracking.url(), displayStatus, lineItems,
                deliveredAt, estimatedDeliveryAt);
    }
}
