package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.memory.InMemoryOrderHistory;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A ticket whose Gorgias Shopify integration names a customer id (contracts/gorgias/ticket-created.json) but
 * whose orders were placed under the email only: the email on the ticket is searched before the note says
 * no orders were found.
 */
class OrderLookupFallbackTest {
    private static final CustomerKey BY_ID = CustomerKey.shopify(7460267524351L);
    private static final CustomerKey BY_EMAIL = CustomerKey.email("maria.keller@example.com");

    private final InMemoryOrderHistory shop = new InMemoryOrderHistory();
    private final OrderLookup lookup = new OrderLookup(Optional.of(shop), new InMemoryOrderCache(), ProcessingMetrics.none());

    private static CustomerIdentity maria() {
        return CustomerIdentity.read("412000387", " Maria.Keller@Example.com ",
                List.of(GorgiasIntegration.of("shopify", "7460267524351")));
    }

    @Test
    void when_the_shopify_customer_id_finds_no_orders_the_ticket_s_email_is_searched() {
        shop.add(BY_EMAIL, OrderCacheContract.splitShipment());

        var found = lookup.find(maria());

        assertThat(found.status()).isEqualTo(LookupStatus.ORDERS_FOUND);
        assertThat(found.orders()).hasSize(1);
        assertThat(found.outcome().detail()).contains("the customer's email").contains("after none for Shopify customer")
                .doesNotContain("maria");
    }

    @Test
    void orders_found_by_the_shopify_customer_id_are_used_without_searching_the_email() {
        shop.add(BY_ID, OrderCacheContract.splitShipment());

        var found = lookup.find(maria());

        assertThat(found.status()).isEqualTo(LookupStatus.ORDERS_FOUND);
        assertThat(found.outcome().detail()).contains("Shopify customer 7460267524351").doesNotContain("after none");
    }

    @Test
    void no_orders_by_either_key_says_both_were_searched() {
        var found = lookup.find(maria());

        assertThat(found.status()).isEqualTo(LookupStatus.NO_ORDERS_FOUND);
        assertThat(found.outcome().detail()).contains("Shopify customer 7460267524351", "the customer's email");
    }

    @Test
    void a_lookup_that_left_unreadable_orders_out_says_so_and_is_not_cached() {
        var cache = new InMemoryOrderCache();
        var partial = new OrderHistory() {
            @Override
            public List<dev.gorgiasbridge.domain.shipment.Order> recentOrders(CustomerKey customer, int limit) {
                return find(customer, limit).orders();
            }

            @Override
            public RecentOrders find(CustomerKey customer, int limit) {
                return new RecentOrders(List.of(OrderCacheContract.splitShipment()), 1);
            }

            @Override
            public dev.gorgiasbridge.application.health.port.out.Reachability reachability() {
                throw new UnsupportedOperationException();
            }
        };

        var found = new OrderLookup(Optional.of(partial), cache, ProcessingMetrics.none()).find(maria());

        assertThat(found.status()).isEqualTo(LookupStatus.ORDERS_FOUND);
        assertThat(found.unreadableOrders()).isEqualTo(1);
        assertThat(found.outcome().detail()).contains("1 unreadable order(s) left out");
        assertThat(cache.get(BY_ID)).isEmpty();
    }
}
