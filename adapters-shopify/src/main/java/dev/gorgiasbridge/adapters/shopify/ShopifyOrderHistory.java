package dev.gorgiasbridge.adapters.shopify;

import static dev.gorgiasbridge.adapters.shopify.GraphqlExchange.SERVICE;

import dev.gorgiasbridge.application.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.port.out.OrderHistory;
import dev.gorgiasbridge.application.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.Order;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The order-history port over Shopify's GraphQL Admin API: a customer's newest orders, found by Shopify
 * customer id or by email (which also finds guest orders). A lookup that would exceed the single-query cost
 * limit is split into an ids query and detail batches (see {@link OrderQueries}). Only
 * {@link ExternalServiceException}s leave it.
 */
public final class ShopifyOrderHistory implements OrderHistory, AutoCloseable {
    private final ShopifySettings settings;
    private final ShopifyGraphql graphql;
    private final Clock clock;

    public ShopifyOrderHistory(ShopifySettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.real());
    }

    /** With the clock that measures latency and drives the circuit breaker, and what waits out throttling. */
    public ShopifyOrderHistory(ShopifySettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.graphql = new ShopifyGraphql(settings, clock, sleeper);
    }

    @Override
    public List<Order> recentOrders(CustomerKey customer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Optional<String> search = SearchQuery.of(customer);
        if (search.isEmpty()) {
            return List.of();
        }
        int first = Math.min(limit, settings.maxOrders());
        if (first <= OrderQueries.ORDERS_PER_QUERY) {
            JsonNode data = graphql.query(OrderQueries.RECENT_ORDERS, Map.of("query", search.get(), "first", first));
            return read(() -> OrderJson.orders(data.path("orders").path("nodes")));
        }
        JsonNode idData = graphql.query(OrderQueries.RECENT_ORDER_IDS, Map.of("query", search.get(), "first", first));
        List<String> ids = read(() -> OrderJson.ids(idData.path("orders").path("nodes")));
        List<Order> orders = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += OrderQueries.ORDERS_PER_QUERY) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + OrderQueries.ORDERS_PER_QUERY));
            JsonNode data = graphql.query(OrderQueries.ORDERS_BY_ID, Map.of("ids", batch));
            orders.addAll(read(() -> OrderJson.orders(data.path("nodes"))));
        }
        return List.copyOf(orders);
    }

    @Override
    public Reachability reachability() {
        Instant start = clock.instant();
        try {
            JsonNode name = graphql.probe(OrderQueries.SHOP_NAME).path("shop").path("name");
            if (!name.isString()) {
                return new Reachability.Unreachable("Shopify answered without the shop's name");
            }
            return new Reachability.Reachable(Duration.between(start, clock.instant()));
        } catch (ExternalServiceException e) {
            return new Reachability.Unreachable(e.getMessage());
        }
    }

    @Override
    public void close() {
        graphql.close();
    }

    private static <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new Permanent(SERVICE, "an order in the answer is malformed: " + e.getMessage(), e);
        }
    }
}
