package dev.gorgiasbridge.domain.customer;

import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import dev.gorgiasbridge.domain.customer.InvalidCustomerKey.Reason;

/** Reads Shopify customer ids, which come bare ({@code 123}) or as GIDs ({@code gid://shopify/Customer/123}). */
final class ShopifyGid {
    static final String CUSTOMER_PREFIX = "gid://shopify/Customer/";
    private static final String SCHEME = "gid://";
    private static final String WHAT = "shopify customer id";

    private ShopifyGid() {
    }

    static ShopifyCustomer customerId(String idOrGid) {
        String value = Spellings.stripped(idOrGid, WHAT);
        if (!value.startsWith(SCHEME)) {
            return new ShopifyCustomer(Spellings.positiveId(value, WHAT));
        }
        String[] parts = value.substring(SCHEME.length()).split("/", -1);
        if (parts.length != 3 || !parts[0].equals("shopify") || parts[1].isEmpty()) {
            throw new InvalidCustomerKey(Reason.MALFORMED_GID, "not a Shopify GID (gid://shopify/Customer/<id>)");
        }
        if (!parts[1].equals("Customer")) {
            throw new InvalidCustomerKey(Reason.WRONG_GID_TYPE, "GID names a " + parts[1] + ", not a Customer");
        }
        return new ShopifyCustomer(Spellings.positiveId(parts[2], WHAT));
    }
}
