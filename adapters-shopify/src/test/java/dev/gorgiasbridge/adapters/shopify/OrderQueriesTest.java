package dev.gorgiasbridge.adapters.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cost arithmetic of docs/architecture.md ("Shopify query cost"), checked against the documents sent. */
class OrderQueriesTest {

    @Test
    void one_order_with_all_its_nested_lists_costs_330_points() {
        assertThat(OrderQueries.ORDER_COST).isEqualTo(330);
    }

    @Test
    void the_cost_worked_out_from_the_documents_first_numbers_matches_the_arithmetic() {
        int most = OrderQueries.ORDERS_PER_QUERY;

        assertThat(QueryCostEstimate.of(OrderQueries.RECENT_ORDERS, Map.of("first", most)))
                .isEqualTo(OrderQueries.recentOrdersCost(most));
        assertThat(QueryCostEstimate.of(OrderQueries.ORDERS_BY_ID, Map.of("ids", most)))
                .isEqualTo(OrderQueries.ordersByIdCost(most));
        assertThat(QueryCostEstimate.of(OrderQueries.RECENT_ORDER_IDS, Map.of("first", ShopifySettings.MAX_ORDERS)))
                .isEqualTo(OrderQueries.recentOrderIdsCost(ShopifySettings.MAX_ORDERS));
        assertThat(QueryCostEstimate.of(OrderQueries.SHOP_NAME, Map.of())).isEqualTo(1);
    }

    @Test
    void every_document_the_client_sends_stays_within_shopify_s_single_query_limit() {
        int most = OrderQueries.ORDERS_PER_QUERY;

        assertThat(QueryCostEstimate.of(OrderQueries.RECENT_ORDERS, Map.of("first", most)))
                .isEqualTo(992).isLessThanOrEqualTo(OrderQueries.MAX_QUERY_COST);
        assertThat(QueryCostEstimate.of(OrderQueries.ORDERS_BY_ID, Map.of("ids", most)))
                .isLessThanOrEqualTo(OrderQueries.MAX_QUERY_COST);
        assertThat(QueryCostEstimate.of(OrderQueries.RECENT_ORDER_IDS, Map.of("first", ShopifySettings.MAX_ORDERS)))
                .isLessThan(OrderQueries.MAX_QUERY_COST);
    }

    @Test
    void the_largest_single_query_stays_under_the_limit_and_one_more_order_would_not() {
        int most = OrderQueries.ORDERS_PER_QUERY;

        assertThat(most).isEqualTo(3);
        assertThat(QueryCostEstimate.of(OrderQueries.RECENT_ORDERS, Map.of("first", most + 1)))
                .isGreaterThan(OrderQueries.MAX_QUERY_COST);
    }

    @Test
    void the_documents_ask_with_the_sizes_the_cost_is_computed_from() {
        assertThat(OrderQueries.RECENT_ORDERS)
                .contains("lineItems(first: " + OrderQueries.LINE_ITEMS + ")")
                .contains("fulfillments(first: " + OrderQueries.FULFILLMENTS + ")")
                .contains("trackingInfo(first: " + OrderQueries.TRACKING_ENTRIES + ")")
                .contains("fulfillmentLineItems(first: " + OrderQueries.FULFILLMENT_LINE_ITEMS + ")")
                .contains("fulfillmentOrders(first: " + OrderQueries.FULFILLMENT_ORDERS + ")")
                .contains("lineItems(first: " + OrderQueries.FULFILLMENT_ORDER_LINE_ITEMS + ")");
    }

    @Test
    void the_documents_ask_for_every_field_the_analysis_reads() {
        assertThat(OrderQueries.ORDERS_BY_ID).contains("nodes(ids: $ids) { ...OrderFields }");
        assertThat(OrderQueries.RECENT_ORDERS).contains(
                "name createdAt cancelledAt displayFulfillmentStatus email", "customer { id email }",
                "name quantity currentQuantity unfulfilledQuantity requiresShipping",
                "status displayStatus createdAt inTransitAt deliveredAt estimatedDeliveryAt", "{ company number url }",
                "quantity lineItem { name }", "status deliveryMethod { methodType }",
                "remainingQuantity lineItem { name }");
    }
}
