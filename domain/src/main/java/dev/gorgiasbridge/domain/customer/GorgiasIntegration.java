package dev.gorgiasbridge.domain.customer;

import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a Gorgias customer's {@code integrations} block, reduced to what identifies the customer
 * there: its {@code __integration_type__} and, when present, its {@code customer.id} as text (a JSON
 * number or string alike).
 */
public record GorgiasIntegration(String type, Optional<String> customerId) {
    static final String SHOPIFY = "shopify";

    public GorgiasIntegration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(customerId, "customerId");
    }

    /** For adapters reading JSON: either value may be null when the field is missing. */
    public static GorgiasIntegration of(String type, String customerId) {
        return new GorgiasIntegration(type == null ? "" : type, Optional.ofNullable(customerId));
    }

    public boolean isShopify() {
        return type.strip().equalsIgnoreCase(SHOPIFY);
    }

    /**
     * The distinct Shopify customers linked to the Gorgias customer, in the order given. Entries of other
     * types and unreadable ids are passed over: they say nothing about the Shopify customer.
     */
    public static List<ShopifyCustomer> shopifyCustomers(Collection<GorgiasIntegration> integrations) {
        return integrations.stream()
                .filter(GorgiasIntegration::isShopify)
                .flatMap(integration -> integration.customerId().stream())
                .flatMap(id -> readable(id).stream())
                .distinct()
                .toList();
    }

    /**
     * The Shopify customer linked to the Gorgias customer, if exactly one is. Several distinct ids mean
     * several stores are linked; guessing would look orders up under the wrong customer, so none is chosen.
     */
    public static Optional<ShopifyCustomer> shopifyCustomer(Collection<GorgiasIntegration> integrations) {
        List<ShopifyCustomer> linked = shopifyCustomers(integrations);
        return linked.size() == 1 ? Optional.of(linked.getFirst()) : Optional.empty();
    }

    private static Optional<ShopifyCustomer> readable(String id) {
        try {
            return Optional.of(CustomerKey.shopify(id));
        } catch (InvalidCustomerKey unreadable) {
            return Optional.empty();
        }
    }
}
