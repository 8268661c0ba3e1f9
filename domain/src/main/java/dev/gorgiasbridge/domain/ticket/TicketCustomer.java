package dev.gorgiasbridge.domain.ticket;

import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer on a ticket as Gorgias describes them, values still unnormalised (see CustomerIdentity).
 *
 * @param gorgiasId     {@code customer.id} as text (JSON number or string alike)
 * @param email         {@code customer.email}, the primary address, which Gorgias may leave empty
 * @param integrations  the {@code integrations} block, one entry per integration
 * @param ordersCount   {@code orders_count} from the Shopify integration, when Gorgias has it
 * @param totalSpent    {@code total_spent} from the Shopify integration, as sent (a decimal string)
 * @param emailChannels the addresses of the customer's {@code channels} of type {@code email} that are not
 *                      deleted, the preferred one first, then in Gorgias's order
 * @param firstname     Gorgias' {@code firstname}, when it gives one apart from the display name
 */
public record TicketCustomer(
        Optional<String> gorgiasId,
        Optional<String> email,
        Optional<String> name,
        List<GorgiasIntegration> integrations,
        Optional<Integer> ordersCount,
        Optional<String> totalSpent,
        List<String> emailChannels,
        Optional<String> firstname) {

    public TicketCustomer {
        Objects.requireNonNull(firstname, "firstname");
        Objects.requireNonNull(gorgiasId, "gorgiasId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ordersCount, "ordersCount");
        Objects.requireNonNull(totalSpent, "totalSpent");
        integrations = List.copyOf(integrations);
        emailChannels = List.copyOf(emailChannels);
    }

    /** A customer whose first name Gorgias does not give apart from the display name. */
    public TicketCustomer(Optional<String> gorgiasId, Optional<String> email, Optional<String> name,
                          List<GorgiasIntegration> integrations, Optional<Integer> ordersCount, Optional<String> totalSpent,
                          List<String> emailChannels) {
        this(gorgiasId, email, name, integrations, ordersCount, totalSpent, emailChannels, Optional.empty());
    }

    /** A customer without email channels. */
    public TicketCustomer(Optional<String> gorgiasId, Optional<String> email, Optional<String> name,
                          List<GorgiasIntegration> integrations, Optional<Integer> ordersCount, Optional<String> totalSpent) {
        this(gorgiasId, email, name, integrations, ordersCount, totalSpent, List.of());
    }
}
