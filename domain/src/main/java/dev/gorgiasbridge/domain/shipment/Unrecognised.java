package dev.gorgiasbridge.domain.shipment;

import java.util.Objects;

/**
 * A Shopify enum value this code does not know yet (Shopify adds values between API versions), or none at
 * all (an empty value: the field was null). It is kept exactly as Shopify sent it, so the note can show it in
 * Shopify's own words instead of a vague "other", and the adapter that read it can log it for the mapping
 * to be updated.
 *
 * @param value Shopify's value, stripped; empty when Shopify sent none
 */
public record Unrecognised(String value) implements DisplayStatus, FulfillmentOrderState, DeliveryMethod {
    private static final int MAX_LENGTH = 64;

    public Unrecognised {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        // An enum value is a short identifier; anything longer is cut so it cannot swamp a note or a log line.
        if (value.length() > MAX_LENGTH) {
            value = value.substring(0, MAX_LENGTH);
        }
        value = value.replaceAll("\\p{Cntrl}", " ");
    }

    /** Whether Shopify sent a value at all. */
    public boolean isMissing() {
        return value.isEmpty();
    }

    @Override
    public String shopifyValue() {
        return value;
    }

    @Override
    public String words() {
        return isMissing() ? "not reported" : ShopifyEnum.words(value);
    }
}
