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

    /**
     * The tracking URL when it is a web address: only http and https are worth a link, anything else
     * (a {@code javascript:} URL, a URL broken by spaces) is shown as text if at all.
     */
    public Optional<String> trackingLink() {
        return trackingUrl
                .filter(url -> startsWithIgnoringCase(url, "https://") || startsWithIgnoringCase(url, "http://"))
                .filter(url -> url.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)));
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    public boolean isTracked() {
        return trackingNumber.isPresent();
    }
}
