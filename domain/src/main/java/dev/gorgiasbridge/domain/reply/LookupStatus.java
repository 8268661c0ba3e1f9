package dev.gorgiasbridge.domain.reply;

import java.util.List;

/** How the search for the customer's orders ended; only {@link #ORDERS_FOUND} comes with orders. */
public enum LookupStatus {
    /** Shopify returned at least one order. */
    ORDERS_FOUND,
    /** Shopify answered, with no order for this customer. */
    NO_ORDERS_FOUND,
    /** No Shopify credentials are configured, so nobody asked. */
    SHOPIFY_NOT_CONFIGURED,
    /** The ticket names no email or Shopify id to search by. */
    CUSTOMER_UNKNOWN,
    /** Shopify could not be reached, or answered something unusable. */
    SHOPIFY_UNAVAILABLE,
    /** Shopify refused the lookup (credentials or permissions); the facts carry a {@link LookupRefusal}. */
    SHOPIFY_REFUSED;

    /** Refuses orders that contradict this status: facts saying both "found" and "none" mean a caller bug. */
    public void requireMatching(List<?> orders) {
        if ((this == ORDERS_FOUND) == orders.isEmpty()) {
            throw new IllegalArgumentException("orders come with ORDERS_FOUND and only with it, got " + this
                    + " with " + orders.size() + " orders");
        }
    }
}
