package dev.gorgiasbridge.domain.ticket;

import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer on a ticket as Gorgias describes them, values still unnormalised (see CustomerIdentity).
 *
 * @param gorgiasId    {@code customer.id} as text (JSON number or string alike)
 * @param integrations the {@code integrations} block, one entry per integration
 * @param ordersCount  {@code orders_count} from the Shopify integration, when Gorgias has it
 * @param totalSpent   {@code total_spent} from the Shopify integration, as sent (a decimal string)
 */
public record TicketCustomer(
        Optional<String> gorgiasId,
        Optional<String> email,
        Optional<String> name,
        List<GorgiasIntegration> integrations,
        Optional<Integer> ordersCount,
        Optional<String> totalSpent) {

    public TicketCustomer {
        Objects.requireNonNull(gorgiasId, "gorgiasId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ordersCount, "ordersCount");
        Objects.requireNonNull(totalSpent, "totalSpent");
        integrations = List.copyOf(integrations);
    }
}
