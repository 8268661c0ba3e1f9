package dev.gorgiasbridge.adapters.shopify;

/**
 * The GraphQL documents this client sends, and the cost arithmetic that keeps each under Shopify's
 * single-query limit of 1000 points (docs/architecture.md, "Shopify query cost"; Shopify's rules:
 * https://shopify.dev/docs/api/usage/rate-limits#cost-calculation). Shopify prices a query before running it:
 * a scalar or enum costs 0, an object 1, a connection or a list taken with {@code first} 2 plus {@code first}
 * times the cost of one element, so nested lists multiply. One order with the sizes below costs
 * {@value #ORDER_COST} points; when the requested orders would not fit one query, the client first asks for
 * their ids only and then fetches them in batches through {@code nodes(ids:)}.
 */
final class OrderQueries {
    static final int MAX_QUERY_COST = 1000;

    // Sizes of the nested lists per order: larger than most orders, small enough that three orders fit one
    // query. An order beyond them is read truncated, and the note and reply say so (CutOffList).
    static final int LINE_ITEMS = 25;
    static final int FULFILLMENTS = 5;
    /** Tracking numbers of one shipment: several boxes of one fulfillment each carry one. */
    static final int TRACKING_ENTRIES = 10;
    static final int FULFILLMENT_LINE_ITEMS = 10;
    static final int FULFILLMENT_ORDERS = 5;
    static final int FULFILLMENT_ORDER_LINE_ITEMS = 10;

    /** A {@code pageInfo { hasNextPage }} object: 1 point, its boolean is a scalar. */
    static final int PAGE_INFO = 1;

    /**
     * Order and customer objects (their {@code email}s, which tell whose order it is, are scalars), then each nested list: a line item costs 1 (its {@code requiresShipping} is a
     * scalar), a fulfillment 1 plus its tracking list and its line items (each 2, with its {@code lineItem}),
     * a fulfillment order 1 plus its {@code deliveryMethod} object (1) plus its line items (each 2).
     * The two outer connections also ask {@code pageInfo { hasNextPage }} (1 each) so a cut-off list is known;
     * the nested lists do not (5 points each would push three orders past the limit): a nested list that
     * comes back full is treated as possibly cut off ({@link OrderJson}).
     * 2 + 28 + 177 + 123 = 330 points.
     */
    static final int ORDER_COST = 1 + 1
            + connection(LINE_ITEMS, 1) + PAGE_INFO
            + connection(FULFILLMENTS, 1 + connection(TRACKING_ENTRIES, 1) + connection(FULFILLMENT_LINE_ITEMS, 2))
            + connection(FULFILLMENT_ORDERS, 1 + 1 + connection(FULFILLMENT_ORDER_LINE_ITEMS, 2)) + PAGE_INFO;

    /** How many full orders one query can carry: (1000 - 2) / 330 = 3, costing 2 + 3 × 330 = 992. */
    static final int ORDERS_PER_QUERY = (MAX_QUERY_COST - 2) / ORDER_COST;

    private static final String ORDER_FIELDS = """
            fragment OrderFields on Order {
              id name createdAt cancelledAt displayFulfillmentStatus email
              customer { id email }
              lineItems(first: %d) { pageInfo { hasNextPage } nodes { name quantity currentQuantity unfulfilledQuantity requiresShipping } }
              fulfillments(first: %d) {
                status displayStatus createdAt inTransitAt deliveredAt estimatedDeliveryAt
                trackingInfo(first: %d) { company number url }
                fulfillmentLineItems(first: %d) { nodes { quantity lineItem { name } } }
              }
              fulfillmentOrders(first: %d) {
                pageInfo { hasNextPage }
                nodes {
                  status deliveryMethod { methodType }
                  lineItems(first: %d) { nodes { remainingQuantity lineItem { name } } }
                }
              }
            }
            """.formatted(LINE_ITEMS, FULFILLMENTS, TRACKING_ENTRIES, FULFILLMENT_LINE_ITEMS, FULFILLMENT_ORDERS,
            FULFILLMENT_ORDER_LINE_ITEMS);

    /** Variables {@code query} (the search string) and {@code first}; at most {@link #ORDERS_PER_QUERY} orders. */
    static final String RECENT_ORDERS = """
            query RecentOrders($query: String!, $first: Int!) {
              orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) { nodes { ...OrderFields } }
            }
            """ + ORDER_FIELDS;

    /** The first step of a split lookup: ids only, newest first. */
    static final String RECENT_ORDER_IDS = """
            query RecentOrderIds($query: String!, $first: Int!) {
              orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) { nodes { id } }
            }
            """;

    /** The second step: variable {@code ids}, at most {@link #ORDERS_PER_QUERY} of them. */
    static final String ORDERS_BY_ID = """
            query OrdersById($ids: [ID!]!) {
              nodes(ids: $ids) { ...OrderFields }
            }
            """ + ORDER_FIELDS;

    /** The cheapest authenticated question: costs 1 point. */
    static final String SHOP_NAME = "query ShopName { shop { name } }";

    private OrderQueries() {
    }

    static int connection(int first, int nodeCost) {
        return 2 + first * nodeCost;
    }

    /** The estimated cost of {@link #RECENT_ORDERS} for {@code first} orders. */
    static int recentOrdersCost(int first) {
        return connection(first, ORDER_COST);
    }

    static int recentOrderIdsCost(int first) {
        return connection(first, 1);
    }

    static int ordersByIdCost(int ids) {
        return ids * ORDER_COST;
    }
}
