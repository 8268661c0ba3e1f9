package dev.gorgiasbridge.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.contract.OrderHistoryContract;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryOrderHistoryTest extends OrderHistoryContract {
    private final InMemoryOrderHistory history = new InMemoryOrderHistory();

    @Override
    protected OrderHistory history() {
        return history;
    }

    @Override
    protected void given(CustomerKey customer, List<Order> orders) {
        history.add(customer, orders.toArray(Order[]::new));
    }

    @Test
    void a_configured_failure_is_thrown_and_reported_until_cleared() {
        var failure = new ExternalServiceException.RetryLater("shopify", "throttled", Optional.of(Duration.ofSeconds(2)), null);
        history.failWith(Optional.of(failure));

        assertThatThrownBy(() -> history.recentOrders(MARIA_BY_ID, 5)).isSameAs(failure);
        assertThat(history.reachability()).isInstanceOf(Reachability.Unreachable.class);

        history.failWith(Optional.empty());
        assertThat(history.recentOrders(MARIA_BY_ID, 5)).isEmpty();
    }
}
