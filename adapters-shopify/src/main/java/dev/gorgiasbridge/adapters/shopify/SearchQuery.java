package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.CustomerKey.Email;
import dev.gorgiasbridge.domain.customer.CustomerKey.GorgiasCustomer;
import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import java.util.Optional;

/**
 * The {@code query:} argument of the orders search for a customer. It travels as a GraphQL variable, so it
 * cannot change the document; within Shopify's search syntax the email is always a quoted phrase with
 * {@code \} and {@code "} escaped, so characters such as {@code *}, {@code -}, {@code :} or {@code OR} in it
 * are matched literally rather than read as wildcards, negations, fields or operators. (The domain already
 * refuses quotes, spaces, parentheses and colons in an address; the quoting does not rely on that.)
 */
final class SearchQuery {
    private SearchQuery() {
    }

    /** Empty for a key Shopify cannot search by: a Gorgias customer id. */
    static Optional<String> of(CustomerKey customer) {
        return switch (customer) {
            case ShopifyCustomer shopify -> Optional.of("customer_id:" + shopify.id());
            case Email email -> Optional.of(email(email.address()));
            case GorgiasCustomer ignored -> Optional.empty();
        };
    }

    static String email(String address) {
        return "email:" + quoted(address);
    }

    static String quoted(String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a search value must not contain control characters");
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
