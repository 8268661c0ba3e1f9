package dev.gorgiasbridge.domain.shipment;

/**
 * Shopify's {@code FulfillmentDisplayStatus}: the carrier-level status of one fulfillment, as the merchant
 * sees it. {@code FULFILLED} only means it left the shop; it is not "delivered".
 */
public enum FulfillmentDisplayStatus {
    ATTEMPTED_DELIVERY, CANCELED, CARRIER_PICKED_UP, CONFIRMED, DELAYED, DELIVERED, FAILURE, FULFILLED,
    IN_TRANSIT, LABEL_PRINTED, LABEL_PURCHASED, LABEL_VOIDED, MARKED_AS_FULFILLED, NOT_DELIVERED,
    OUT_FOR_DELIVERY, PICKED_UP, READY_FOR_PICKUP, SUBMITTED,
    /** A value this code does not know, or none (the field is nullable). */
    OTHER;

    /** Reads Shopify's value; unknown or missing values are {@link #OTHER}. */
    public static FulfillmentDisplayStatus fromShopify(String value) {
        return ShopifyEnum.parse(FulfillmentDisplayStatus.class, value, OTHER);
    }

    /** How far a package with this status has come; the switch has no default so a new constant must be placed. */
    public DeliveryStage stage() {
        return switch (this) {
            case FAILURE, NOT_DELIVERED -> DeliveryStage.DELIVERY_FAILED;
            case ATTEMPTED_DELIVERY -> DeliveryStage.DELIVERY_ATTEMPTED;
            case OTHER -> DeliveryStage.UNKNOWN;
            // A voided label or cancelled package carries nothing towards the customer.
            case CANCELED, LABEL_VOIDED -> DeliveryStage.NOT_SHIPPED;
            case SUBMITTED, CONFIRMED, LABEL_PURCHASED, LABEL_PRINTED -> DeliveryStage.PREPARING;
            case FULFILLED, MARKED_AS_FULFILLED -> DeliveryStage.SHIPPED;
            case DELAYED -> DeliveryStage.DELAYED;
            case CARRIER_PICKED_UP, IN_TRANSIT -> DeliveryStage.IN_TRANSIT;
            case OUT_FOR_DELIVERY -> DeliveryStage.OUT_FOR_DELIVERY;
            case READY_FOR_PICKUP -> DeliveryStage.READY_FOR_PICKUP;
            case DELIVERED, PICKED_UP -> DeliveryStage.DELIVERED;
        };
    }
}
