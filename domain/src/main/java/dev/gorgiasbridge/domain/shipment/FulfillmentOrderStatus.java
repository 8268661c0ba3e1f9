package dev.gorgiasbridge.domain.shipment;

/** Shopify's {@code FulfillmentOrderStatus}: where a group of items to ship from one location stands. */
public enum FulfillmentOrderStatus {
    OPEN, IN_PROGRESS, ON_HOLD, SCHEDULED, CLOSED, CANCELLED, INCOMPLETE, OTHER;

    /** Reads Shopify's value; unknown or missing values are {@link #OTHER}. */
    public static FulfillmentOrderStatus fromShopify(String value) {
        return ShopifyEnum.parse(FulfillmentOrderStatus.class, value, OTHER);
    }
}
