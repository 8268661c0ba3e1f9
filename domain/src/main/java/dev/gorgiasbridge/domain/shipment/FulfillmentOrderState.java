package dev.gorgiasbridge.domain.shipment;

/**
 * A fulfillment order's {@code status}: one of {@link FulfillmentOrderStatus} or a value this code does not
 * know yet ({@link Unrecognised}), shown in Shopify's words.
 */
public sealed interface FulfillmentOrderState permits FulfillmentOrderStatus, Unrecognised {

    /** The value exactly as Shopify spells it; empty when Shopify sent none. */
    String shopifyValue();

    /** For people: {@code ON_HOLD} → "on hold". */
    default String words() {
        return ShopifyEnum.words(shopifyValue());
    }

    /** Whether this fulfillment order may still send something: not closed and not cancelled. */
    default boolean isLive() {
        return this != FulfillmentOrderStatus.CLOSED && this != FulfillmentOrderStatus.CANCELLED;
    }
}
