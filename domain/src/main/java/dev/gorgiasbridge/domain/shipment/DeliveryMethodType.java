package dev.gorgiasbridge.domain.shipment;

/**
 * Shopify's {@code DeliveryMethodType}
 * (https://shopify.dev/docs/api/admin-graphql/latest/enums/DeliveryMethodType).
 */
public enum DeliveryMethodType implements DeliveryMethod {
    /** The order is shipped. */
    SHIPPING,
    /** The order is delivered by a carrier to a pickup point. */
    PICKUP_POINT,
    /** The customer picks the order up at the shop's location. */
    PICK_UP,
    /** The order is delivered by a local delivery service. */
    LOCAL,
    /** In-store sale: no delivery needed. */
    RETAIL,
    /** Non-physical items: no delivery needed. */
    NONE;

    /** Reads Shopify's value; one not known here is kept as {@link Unrecognised}. */
    public static DeliveryMethod fromShopify(String value) {
        return ShopifyEnum.known(DeliveryMethodType.class, value).<DeliveryMethod>map(known -> known)
                .orElseGet(() -> new Unrecognised(value == null ? "" : value));
    }

    @Override
    public String shopifyValue() {
        return name();
    }

    /** The switch has no default, so a new constant must be placed. */
    Handover knownHandover() {
        return switch (this) {
            case SHIPPING, PICKUP_POINT -> Handover.CARRIER;
            case PICK_UP -> Handover.STORE_PICKUP;
            case LOCAL -> Handover.LOCAL_DELIVERY;
            case RETAIL, NONE -> Handover.NONE;
        };
    }
}
