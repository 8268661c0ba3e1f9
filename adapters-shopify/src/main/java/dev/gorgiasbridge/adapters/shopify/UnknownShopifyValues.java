package dev.gorgiasbridge.adapters.shopify;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator, once per field and value for the life of the process, that Shopify sent an enum value
 * this version does not know. The note still shows it in Shopify's own words; the WARN is so the mapping in
 * the domain gets updated.
 */
final class UnknownShopifyValues {
    private static final Logger LOG = LoggerFactory.getLogger(UnknownShopifyValues.class);
    private static final int REMEMBERED = 1_000;
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private UnknownShopifyValues() {
    }

    /**
     * @param field  the Shopify field, e.g. {@code Fulfillment.displayStatus}
     * @param mapped where the mapping lives, e.g. the domain type's name
     * @param value  Shopify's value, never blank
     */
    static void report(String field, String mapped, String value) {
        // Bounded, so a misbehaving answer full of made-up values cannot grow the set without end.
        if (REPORTED.size() < REMEMBERED && REPORTED.add(field + "=" + value)) {
            LOG.warn("Shopify sent {} \"{}\", a value this version does not know; notes show it in Shopify's words."
                    + " Add it to {} so it is understood.", field, value, mapped);
        }
    }
}
