package dev.gorgiasbridge.domain.reply;

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
    /** Shopify could not be reached or refused the lookup. */
    SHOPIFY_UNAVAILABLE
}
