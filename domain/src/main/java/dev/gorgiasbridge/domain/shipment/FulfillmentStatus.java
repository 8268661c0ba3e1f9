package dev.gorgiasbridge.domain.shipment;

/** Shopify's {@code FulfillmentStatus}: whether a fulfillment still stands. */
public enum FulfillmentStatus {
    SUCCESS, CANCELLED, ERROR, FAILURE, OPEN, PENDING, OTHER;

    /** Reads Shopify's value; unknown or missing values are {@link #OTHER}. */
    public static FulfillmentStatus fromShopify(String value) {
        return ShopifyEnum.parse(FulfillmentStatus.class, value, OTHER);
    }

    /**
     * Active fulfillments count as shipments (docs/architecture.md); an unknown status is given the benefit of the
     * doubt.
     */
    public boolean isActive() {
        return this != CANCELLED && this != ERROR && this != FAILURE;
    }
}
