package dev.gorgiasbridge.adapters.shopify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one live look at the shop found, for the readiness doctor: connected (and how well), refused, or unreachable. */
public sealed interface ShopifyInspection {

    /**
     * Shopify answered.
     *
     * @param missingRequired    scopes the lookups need and the app was not granted
     * @param missingRecommended scopes that make notes more complete (older orders, marketplace fulfillments)
     * @param answeredVersion    the API version Shopify answered with ({@code X-Shopify-API-Version})
     * @param deprecation        deprecated API use Shopify reported ({@code X-Shopify-API-Deprecated-Reason})
     */
    record Connected(String shopName, Duration latency, Set<String> grantedScopes, List<String> missingRequired,
                     List<String> missingRecommended, String askedVersion, Optional<String> answeredVersion,
                     Optional<String> deprecation) implements ShopifyInspection {
        public Connected {
            grantedScopes = Set.copyOf(grantedScopes);
            missingRequired = List.copyOf(missingRequired);
            missingRecommended = List.copyOf(missingRecommended);
        }

        /** Why a missing scope matters, e.g. {@code read_customers (the customer an order belongs to)}. */
        public static String explain(List<String> scopes) {
            return AccessScopes.explain(scopes);
        }
    }

    /** Shopify refused our credentials or permissions; {@code reason} names what to fix. */
    record Refused(String reason) implements ShopifyInspection {
    }

    /** No answer, or the access token request failed: an outage for health. */
    record Unreachable(String reason) implements ShopifyInspection {
    }
}
