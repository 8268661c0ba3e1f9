package dev.gorgiasbridge.application.processing.port.out;

/** What the shop says about itself (Shopify's {@code shop} object). */
public interface ShopProfile {

    /**
     * The shop's display name as its customers know it (not its myshopify subdomain).
     *
     * @throws ExternalServiceException when the shop cannot tell
     */
    String displayName();

    /**
     * The shop's time zone as an IANA name (Shopify's {@code shop.ianaTimezone}, e.g. "Europe/Berlin"), the zone
     * its customers and agents count days in; empty when the shop does not say.
     *
     * @throws ExternalServiceException when the shop cannot tell
     */
    default java.util.Optional<String> ianaTimezone() {
        return java.util.Optional.empty();
    }
}
