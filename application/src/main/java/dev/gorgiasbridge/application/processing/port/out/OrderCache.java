package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import java.util.List;
import java.util.Optional;

/**
 * Recent orders per customer, kept for a short time so repeated messages do not spend the Shopify budget.
 * A cache is an optimisation: implementations never throw, a failing store behaves as a miss and says so
 * in {@link #status()} (docs/runbook.md).
 */
public interface OrderCache {

    Optional<List<Order>> get(CustomerKey customer);

    void put(CustomerKey customer, List<Order> orders);

    CacheStatus status();

    /** Whether the cache works; {@code errors} counts failures since start. */
    sealed interface CacheStatus {
        long errors();

        record Healthy(long errors) implements CacheStatus {
        }

        /** @param reason the last failure, safe to show operators */
        record Degraded(String reason, long errors) implements CacheStatus {
        }
    }
}
