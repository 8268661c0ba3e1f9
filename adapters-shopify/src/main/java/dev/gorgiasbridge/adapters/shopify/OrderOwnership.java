package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.CustomerKey.Email;
import dev.gorgiasbridge.domain.customer.CustomerKey.GorgiasCustomer;
import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Keeps only the orders in an answer that belong to the customer searched for. Shopify's search does not
 * promise that: a filter it ignores (it then adds a warning under {@code extensions.search}) returns the
 * shop's orders unfiltered, and another customer's order must never reach a note about this one. An order
 * belongs to a Shopify customer when its {@code customer.id} is that customer's GID, and to an email when its
 * {@code email} or {@code customer.email} is that address, compared without regard to case.
 */
final class OrderOwnership {
    private static final Logger LOG = LoggerFactory.getLogger(OrderOwnership.class);

    private final CustomerKey customer;
    private int dropped;

    OrderOwnership(CustomerKey customer) {
        this.customer = customer;
    }

    /** The order nodes of {@code nodes} that belong to the customer; {@code null}s (deleted orders) are passed on. */
    List<JsonNode> keep(JsonNode nodes) {
        if (!nodes.isArray()) {
            return List.of();
        }
        List<JsonNode> all = StreamSupport.stream(nodes.spliterator(), false).toList();
        List<JsonNode> kept = all.stream().filter(node -> !node.isObject() || belongs(node)).toList();
        dropped += all.size() - kept.size();
        return kept;
    }

    /** Logs once, at WARN, how many orders were dropped over the whole lookup; no customer data in the line. */
    void report() {
        if (dropped > 0) {
            LOG.warn("Shopify's order search returned {} order{} belonging to another customer; {} left out of the"
                    + " note (search by {})", dropped, dropped == 1 ? "" : "s", dropped == 1 ? "it was" : "they were",
                    switch (customer) {
                        case ShopifyCustomer ignored -> "customer id";
                        case Email ignored -> "email";
                        case GorgiasCustomer ignored -> "Gorgias customer";
                    });
        }
    }

    private boolean belongs(JsonNode order) {
        return switch (customer) {
            case ShopifyCustomer shopify -> shopify.gid().equals(text(order.path("customer").path("id")));
            case Email email -> redacted(order) || sameAddress(email.address(), text(order.path("email")))
                    || sameAddress(email.address(), text(order.path("customer").path("email")));
            case GorgiasCustomer ignored -> false;
        };
    }

    /**
     * Neither address came back: Shopify redacts customers' emails for an app without access to protected
     * customer data (docs/shopify-setup.md), and then the search's own filter is all there is to go by.
     * Dropping every such order would hide all orders of customers found by email.
     */
    private static boolean redacted(JsonNode order) {
        return text(order.path("email")) == null && text(order.path("customer").path("email")) == null;
    }

    private static boolean sameAddress(String searched, String found) {
        return found != null && found.strip().toLowerCase(Locale.ROOT).equals(searched.strip().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.stringValue() : null;
    }
}
