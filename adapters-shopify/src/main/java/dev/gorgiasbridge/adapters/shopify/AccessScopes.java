package dev.gorgiasbridge.adapters.shopify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The access scopes the order queries need, checked against what the app was granted. Without a required
 * scope Shopify refuses the query ({@code ACCESS_DENIED}) or, for fulfillment orders, silently leaves out
 * those the app may not see, which would make a note say items have not shipped when they have. The list
 * and why each scope is needed are in {@code docs/shopify-setup.md}.
 */
final class AccessScopes {
    /** Scope handle → what it is needed for. */
    static final Map<String, String> REQUIRED = ordered(
            "read_orders", "orders, their line items and fulfillments (tracking)",
            "read_customers", "the customer an order belongs to",
            "read_merchant_managed_fulfillment_orders", "what the shop's own locations still have to ship",
            "read_third_party_fulfillment_orders", "what fulfillment services (3PL apps) still have to ship");
    static final Map<String, String> RECOMMENDED = ordered(
            "read_marketplace_fulfillment_orders", "what marketplace sales channels still have to ship",
            "read_all_orders", "orders older than 60 days, granted by Shopify on request");

    private AccessScopes() {
    }

    /** What the granted scopes lack; a granted {@code write_X} implies {@code read_X}. */
    record Check(Set<String> granted, List<String> missingRequired, List<String> missingRecommended) {
        boolean complete() {
            return missingRequired.isEmpty();
        }
    }

    static Check check(Set<String> granted) {
        return new Check(Set.copyOf(granted), missing(REQUIRED, granted), missing(RECOMMENDED, granted));
    }

    private static List<String> missing(Map<String, String> wanted, Set<String> granted) {
        return wanted.keySet().stream()
                .filter(scope -> !granted.contains(scope) && !granted.contains(scope.replaceFirst("^read_", "write_")))
                .toList();
    }

    /** {@code read_customers (the customer an order belongs to), …} for messages. */
    static String explain(List<String> scopes) {
        return String.join(", ", scopes.stream().map(scope -> scope + " ("
                + REQUIRED.getOrDefault(scope, RECOMMENDED.getOrDefault(scope, "")) + ")").toList());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
