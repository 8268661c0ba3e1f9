package dev.gorgiasbridge.domain.customer;

import dev.gorgiasbridge.domain.customer.CustomerKey.Email;
import dev.gorgiasbridge.domain.customer.CustomerKey.GorgiasCustomer;
import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything a ticket tells about who its customer is, and the choice of the best key among it: the
 * Shopify id when known (orders are keyed by it), else the email (it also finds guest orders), else the
 * Gorgias id.
 *
 * @param unreadable why a supplied value was left out, one line each, never the value itself
 */
public record CustomerIdentity(
        Optional<ShopifyCustomer> shopify,
        Optional<Email> email,
        Optional<GorgiasCustomer> gorgias,
        List<String> unreadable) {

    public CustomerIdentity {
        Objects.requireNonNull(shopify, "shopify");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(gorgias, "gorgias");
        unreadable = List.copyOf(unreadable);
    }

    /**
     * Reads the raw values of a Gorgias customer; any of them may be null. A value that cannot be read is
     * noted in {@link #unreadable()} and left out, so one bad field never hides the others.
     */
    public static CustomerIdentity read(String gorgiasId, String email, Collection<GorgiasIntegration> integrations) {
        return readWithEmails(gorgiasId, email == null ? List.of() : List.of(email), integrations);
    }

    /**
     * As above with every address the ticket gives for the customer, best first: the first that reads as an
     * email is the customer's; those before it that do not are noted in {@link #unreadable()}.
     */
    public static CustomerIdentity readWithEmails(String gorgiasId, List<String> emails,
                                                  Collection<GorgiasIntegration> integrations) {
        List<String> problems = new ArrayList<>();
        var gorgias = readIfPresent(gorgiasId, CustomerKey::gorgias, problems);
        Optional<Email> address = Optional.empty();
        for (String candidate : emails) {
            address = readIfPresent(candidate, CustomerKey::email, problems);
            if (address.isPresent()) {
                break;
            }
        }
        List<ShopifyCustomer> linked = GorgiasIntegration.shopifyCustomers(integrations);
        if (linked.size() > 1) {
            problems.add(linked.size() + " different Shopify customers are linked; none is used");
        }
        var shopify = linked.size() == 1 ? Optional.of(linked.getFirst()) : Optional.<ShopifyCustomer>empty();
        return new CustomerIdentity(shopify, address, gorgias, problems);
    }

    /** The best key, empty only when nothing identifies the customer. */
    public Optional<CustomerKey> bestKey() {
        return keys().stream().findFirst();
    }

    /** Every known key, best first: all of them name the same customer, e.g. for cache aliases. */
    public List<CustomerKey> keys() {
        return Stream.of(shopify, email, gorgias).flatMap(Optional::stream).map(CustomerKey.class::cast).toList();
    }

    private static <K extends CustomerKey> Optional<K> readIfPresent(String raw, Function<String, K> reader,
                                                                      List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(raw));
        } catch (InvalidCustomerKey invalid) {
            problems.add(invalid.getMessage());
            return Optional.empty();
        }
    }
}
