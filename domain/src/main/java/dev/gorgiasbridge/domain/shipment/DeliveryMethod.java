package dev.gorgiasbridge.domain.shipment;

/**
 * How a fulfillment order's items reach the customer ({@code FulfillmentOrder.deliveryMethod.methodType}):
 * one of {@link DeliveryMethodType} or a value this code does not know yet ({@link Unrecognised}).
 */
public sealed interface DeliveryMethod permits DeliveryMethodType, Unrecognised {

    /** The value exactly as Shopify spells it; empty when Shopify sent none. */
    String shopifyValue();

    /** For people: {@code PICK_UP} → "pick up". */
    default String words() {
        return ShopifyEnum.words(shopifyValue());
    }

    /**
     * What the customer should expect. An unknown or missing method is treated as carrier shipping, the
     * default the analysis always had, while the note still shows Shopify's value.
     */
    default Handover handover() {
        return switch (this) {
            case DeliveryMethodType known -> known.knownHandover();
            case Unrecognised unknown -> Handover.CARRIER;
        };
    }

    /** The ways items reach a customer that change what may be said about them. */
    enum Handover {
        /** A carrier brings it (also to a pickup point): tracking numbers apply. */
        CARRIER,
        /** The customer collects it at the shop's location: no tracking, "ready for pickup" / "picked up". */
        STORE_PICKUP,
        /** The shop's own local delivery: no carrier tracking. */
        LOCAL_DELIVERY,
        /** Nothing to deliver: non-physical items or an in-store sale. */
        NONE
    }
}
