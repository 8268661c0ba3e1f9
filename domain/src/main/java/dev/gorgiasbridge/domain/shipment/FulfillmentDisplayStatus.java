package dev.gorgiasbridge.domain.shipment;

/**
 * Shopify's {@code FulfillmentDisplayStatus}: the carrier-level status of one fulfillment, as the merchant
 * sees it. {@code FULFILLED} only means it left the shop; it is not "delivered".
 */
public enum FulfillmentDisplayStatus implements DisplayStatus {
    ATTEMPTED_DELIVERY, CANCELED, CARRIER_PICKED_UP, CONFIRMED, DELAYED, DELIVERED, FAILURE, FULFILLED,
    IN_TRANSIT, LABEL_PRINTED, LABEL_PURCHASED, LABEL_VOIDED, MARKED_AS_FULFILLED, NOT_DELIVERED,
    OUT_FOR_DELIVERY, PICKED_UP, READY_FOR_PICKUP, SUBMITTED;

    /** Reads Shopify's value (nullable); one not known here is kept as {@link Unrecognised}. */
    public static DisplayStatus fromShopify(String value) {
        return ShopifyEnum.known(FulfillmentDisplayStatus.class, value).<DisplayStatus>map(known -> known)
                .orElseGet(() -> new Unrecognised(value == null ? "" : value));
    }

    @Override
    public String shopifyValue() {
        return name();
    }

    /** The switch has no default, so a new constant must be placed. */
    DeliveryStage knownStage() {
        return switch (this) {
            case FAILURE, NOT_DELIVERED -> DeliveryStage.DELIVERY_FAILED;
            case ATTEMPTED_DELIVERY -> DeliveryStage.DELIVERY_ATTEMPTED;
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
