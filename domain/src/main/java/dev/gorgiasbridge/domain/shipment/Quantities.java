package dev.gorgiasbridge.domain.shipment;

/** The one rule every quantity Shopify reports follows. */
final class Quantities {
    private Quantities() {
    }

    static int nonNegative(int quantity, String what) {
        if (quantity < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + quantity);
        }
        return quantity;
    }
}
