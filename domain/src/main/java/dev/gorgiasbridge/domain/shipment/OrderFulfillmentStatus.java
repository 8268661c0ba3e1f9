package dev.gorgiasbridge.domain.shipment;

/** Shopify's {@code OrderDisplayFulfillmentStatus}: the order-level summary shown to merchants. */
public enum OrderFulfillmentStatus {
    FULFILLED, FULFILLMENT_NOT_REQUIRED, IN_PROGRESS, ON_HOLD, OPEN, PARTIALLY_FULFILLED, PENDING_FULFILLMENT,
    REQUEST_DECLINED, RESTOCKED, SCHEDULED, UNFULFILLED, OTHER;

    /** Reads Shopify's value; unknown or missing values are {@link #OTHER}. */
    public static OrderFulfillmentStatus fromShopify(String value) {
        return ShopifyEnum.parse(OrderFulfillmentStatus.class, value, OTHER);
    }
}
