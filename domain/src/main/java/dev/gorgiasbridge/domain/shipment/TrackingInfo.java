package dev.gorgiasbridge.domain.shipment;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a fulfillment's {@code trackingInfo}: each part may be missing. The URL is kept exactly as
 * Shopify gives it, since carriers' links break when re-encoded.
 */
public record TrackingInfo(Optional<String> company, Optional<TrackingNumber> number, Optional<String> url) {

    public TrackingInfo {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(url, "url");
    }

    /** For adapters reading JSON: null or blank parts are missing. */
    public static TrackingInfo of(String company, String number, String url) {
        return new TrackingInfo(present(company).map(String::strip), present(number).map(TrackingNumber::new),
                present(url));
    }

    /**
     * The tracking URL when it is a web address: only http and https are worth a link, anything else
     * (a {@code javascript:} URL, a URL broken by spaces) is shown as text if at all.
     */
    public Optional<String> link() {
        return url.filter(u -> startsWithIgnoringCase(u, "https://") || startsWithIgnoringCase(u, "http://"))
                .filter(u -> u.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)));
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
}
