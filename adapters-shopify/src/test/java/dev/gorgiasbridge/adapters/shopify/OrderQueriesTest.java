package dev.gorgiasbridge.adapters.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderQueriesTest {

    @Test
    void one_order_with_all_its_nested_lists_costs_288_points() {
        assertThat(OrderQueries.ORDER_COST).isEqualTo(288);
    }

    @Test
    void the_largest_single_query_stays_under_the_limit_and_one_more_order_would_not() {
        int most = OrderQueries.ORDERS_PER_QUERY;

        assertThat(most).isEqualTo(3);
        assertThat(OrderQueries.recentOrdersCost(most)).isLessThanOrEqualTo(OrderQueries.MAX_QUERY_COST);
        assertThat(OrderQueries.recentOrdersCost(most + 1)).isGreaterThan(OrderQueries.MAX_QUERY_COST);
    }

    @Test
    void both_steps_of_a_split_lookup_stay_under_the_limit_for_the_largest_count() {
        assertThat(OrderQueries.recentOrderIdsCost(ShopifySettings.MAX_ORDERS)).isLessThan(OrderQueries.MAX_QUERY_COST);
        assertThat(OrderQueries.ordersByIdCost(OrderQueries.ORDERS_PER_QUERY)).isLessThanOrEqualTo(OrderQueries.MAX_QUERY_COST);
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
                "name createdAt cancelledAt displayFulfillmentStatus", "customer { id }",
                "name quantity currentQuantity unfulfilledQuantity",
                "status displayStatus createdAt deliveredAt estimatedDeliveryAt", "{ company number url }",
                "quantity lineItem { name }", "remainingQuantity lineItem { name }");
    }
}
