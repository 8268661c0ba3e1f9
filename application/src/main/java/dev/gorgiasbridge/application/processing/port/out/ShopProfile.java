package dev.gorgiasbridge.application.processing.port.out;

/** What the shop says about itself (Shopify's {@code shop} object). */
public interface ShopProfile {

    /**
     * The shop's display name as its customers know it (not its myshopify subdomain).
     *
     * @throws ExternalServiceException when the shop cannot tell
     */
    String displayName();
}
