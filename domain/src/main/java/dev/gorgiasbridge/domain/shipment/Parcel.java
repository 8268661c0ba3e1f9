package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One package on its way to the customer, as the customer would count them.
 *
 * @param trackingUrl the carrier link exactly as Shopify gave it
 * @param contents    what the fulfillment it belongs to sent
 */
public record Parcel(
        Optional<String> carrier,
        Optional<TrackingNumber> trackingNumber,
        Optional<String> trackingUrl,
        FulfillmentDisplayStatus displayStatus,
        List<FulfillmentLineItem> contents,
        Optional<Instant> deliveredAt,
        Optional<Instant> estimatedDeliveryAt) {

    public Parcel {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        Objects.requireNonNull(displayStatus, "displayStatus");
        contents = List.copyOf(contents);
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
    }

    public DeliveryStage stage() {
        return displayStatus.stage();
    }

    public boolean isTracked() {
        return trackingNumber.isPresent();
    }
}
