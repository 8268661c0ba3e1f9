package dev.gorgiasbridge.adapters.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderHistoryContract;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.CustomerKey.Email;
import dev.gorgiasbridge.domain.customer.CustomerKey.GorgiasCustomer;
import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import dev.gorgiasbridge.domain.shipment.Order;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OrderHistory contract against the real client and a WireMock shop that honours the query variables. */
class ShopifyOrderHistoryContractTest extends OrderHistoryContract {
    private final FakeShopifyOrders shop = new FakeShopifyOrders();
    private final ShopifyServer server = new ShopifyServer(shop);
    private final ShopifyOrderHistory client = server.client(server.settings().withMaxOrders(ShopifySettings.MAX_ORDERS));

    ShopifyOrderHistoryContractTest() {
        server.answer(ok());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected OrderHistory history() {
        return client;
    }

    @Override
    protected void given(CustomerKey customer, List<Order> orders) {
        // Written out here rather than taken from the client, so a wrong search string fails the contract.
        String search = switch (customer) {
            case ShopifyCustomer shopify -> "customer_id:" + shopify.id();
            case Email email -> "email:\"" + email.address() + "\"";
            case GorgiasCustomer gorgias -> throw new IllegalArgumentException("Shopify cannot search " + gorgias);
        };
        orders.forEach(order -> shop.add(search, order));
    }

    @Test
    void seven_orders_take_one_ids_query_and_three_detail_batches() {
        for (int i = 1; i <= 7; i++) {
            shop.add("customer_id:" + MARIA_BY_ID.id(), order("#100" + i, "2025-0" + i + "-01T09:00:00Z"));
        }

        assertThat(client.recentOrders(MARIA_BY_ID, 10)).hasSize(7);
        assertThat(server.requests()).hasSize(1 + 3);
    }
}
