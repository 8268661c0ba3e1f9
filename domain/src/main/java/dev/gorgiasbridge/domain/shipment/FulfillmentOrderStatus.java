package dev.gorgiasbridge.domain.shipment;

/** Shopify's {@code FulfillmentOrderStatus}: where a group of items to send from one location stands. */
public enum FulfillmentOrderStatus implements FulfillmentOrderState {
    OPEN, IN_PROGRESS, ON_HOLD, SCHEDULED, CLOSED, CANCELLED, INCOMPLETE;

    /** Reads Shopify's value; one not known here is kept as {@link Unrecognised}. */
    public static FulfillmentOrderState fromShopify(String value) {
        return ShopifyEnum.known(FulfillmentOrderStatus.class, value).<FulfillmentOrderState>map(known -> known)
                .orElseGet(() -> new Unrecognised(value == null ? "" : value));
    }

    @Override
    public String shopifyValue() {
        return name();
    }
}
