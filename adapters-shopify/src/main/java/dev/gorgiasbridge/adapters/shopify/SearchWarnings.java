package dev.gorgiasbridge.adapters.shopify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reports the warnings Shopify adds under {@code extensions.search} when it ignored part of a search query
 * (for example "Invalid search field for this query."): the orders that came back were then not filtered
 * as asked, which {@link OrderOwnership} guards against; the WARN is so the query gets fixed.
 */
final class SearchWarnings {
    private static final Logger LOG = LoggerFactory.getLogger(SearchWarnings.class);

    private SearchWarnings() {
    }

    static void report(JsonNode root) {
        JsonNode searches = root.path("extensions").path("search");
        if (!searches.isArray()) {
            return;
        }
        for (JsonNode search : searches) {
            JsonNode warnings = search.path("warnings");
            if (!warnings.isArray()) {
                continue;
            }
            for (JsonNode warning : warnings) {
                String field = warning.path("field").isString() ? warning.path("field").stringValue() : "(no field)";
                String message = warning.path("message").isString() ? warning.path("message").stringValue() : "(no message)";
                LOG.warn("Shopify ignored part of the order search: field {}: {}", GraphqlExchange.printable(field),
                        GraphqlExchange.printable(message));
            }
        }
    }
}
