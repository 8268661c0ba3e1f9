package dev.gorgiasbridge.domain.shipment;

/**
 * A fulfillment's {@code displayStatus}: one of {@link FulfillmentDisplayStatus} or a value this code does not
 * know yet ({@link Unrecognised}), which is shown in Shopify's words and never claims a stage.
 */
public sealed interface DisplayStatus permits FulfillmentDisplayStatus, Unrecognised {

    /** The value exactly as Shopify spells it; empty when Shopify sent none. */
    String shopifyValue();

    /** For people: {@code IN_TRANSIT} → "in transit", {@code SOMETHING_NEW} → "something new". */
    default String words() {
        return ShopifyEnum.words(shopifyValue());
    }

    /** How far a package with this status has come; {@link DeliveryStage#UNKNOWN} for a value not known here. */
    default DeliveryStage stage() {
        return switch (this) {
            case FulfillmentDisplayStatus known -> known.knownStage();
            case Unrecognised unknown -> DeliveryStage.UNKNOWN;
        };
    }
}
