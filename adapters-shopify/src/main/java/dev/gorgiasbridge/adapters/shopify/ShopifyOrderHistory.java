package dev.gorgiasbridge.adapters.shopify;

import static dev.gorgiasbridge.adapters.shopify.GraphqlExchange.SERVICE;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory.RecentOrders;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.ShopProfile;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.shipment.Order;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The order-history port over Shopify's GraphQL Admin API: a customer's newest orders, found by Shopify
 * customer id or by email (which also finds guest orders). A lookup that would exceed the single-query cost
 * limit is split into an ids query and detail batches (see {@link OrderQueries}). When the granted access
 * scopes are known (from the token answer, or the installation query of a health check) and lack one the
 * queries need, the lookup is refused before it is sent (see {@link AccessScopes}). Orders in the answer that
 * belong to another customer are left out (see {@link OrderOwnership}). Only
 * {@link ExternalServiceException}s leave it.
 */
public final class ShopifyOrderHistory implements OrderHistory, AutoCloseable {
    /** How long granted scopes found missing are believed before asking the shop again. */
    static final Duration RECHECK_SCOPES = Duration.ofMinutes(5);

    private final ShopifySettings settings;
    private final ShopifyGraphql graphql;
    private final Clock clock;
    private volatile Optional<ProbedScopes> probed = Optional.empty();

    /**
     * Scopes the installation query found, at a time, next to what the token answer said then: a token
     * renewed since with other scopes (the operator granted them and updated the app) is newer news.
     */
    private record ProbedScopes(Set<String> granted, Instant at, Optional<Set<String>> tokenSaid) {
    }

    public ShopifyOrderHistory(ShopifySettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.real());
    }

    /** With the clock that measures latency and drives the circuit breaker, and what waits out throttling. */
    public ShopifyOrderHistory(ShopifySettings settings, Clock clock, Sleeper sleeper) {
        this(settings, clock, sleeper, token -> { });
    }

    /** As above, handing every access token obtained with the client credentials grant to {@code tokenIssued}. */
    public ShopifyOrderHistory(ShopifySettings settings, Clock clock, Sleeper sleeper, Consumer<String> tokenIssued) {
        this.settings = settings;
        this.clock = clock;
        this.graphql = new ShopifyGraphql(settings, clock, sleeper, tokenIssued);
    }

    @Override
    public List<Order> recentOrders(CustomerKey customer, int limit) {
        return find(customer, limit).orders();
    }

    /**
     * The orders found; an order that cannot be read is left out with a WARN and counted, so it does not hide
     * the customer's other orders. An answer none of whose orders can be read is unusable.
     */
    @Override
    public RecentOrders find(CustomerKey customer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Optional<String> search = SearchQuery.of(customer);
        if (search.isEmpty()) {
            return new RecentOrders(List.of(), 0);
        }
        requireScopes();
        int first = Math.min(limit, settings.maxOrders());
        var ownership = new OrderOwnership(customer);
        var reading = new OrderJson.Reading();
        try {
            List<Order> orders = recentOrders(search.get(), first, ownership, reading);
            if (orders.isEmpty() && reading.unreadable() > 0) {
                throw new Permanent(SERVICE, "no order in the answer can be read: " + reading.firstProblem(), null);
            }
            return new RecentOrders(orders, reading.unreadable());
        } finally {
            ownership.report();
        }
    }

    /** The orders found, with those of another customer left out (see {@link OrderOwnership}). */
    private List<Order> recentOrders(String search, int first, OrderOwnership ownership, OrderJson.Reading reading) {
        if (first <= OrderQueries.ORDERS_PER_QUERY) {
            JsonNode data = graphql.query(OrderQueries.RECENT_ORDERS, Map.of("query", search, "first", first));
            return reading.orders(ownership.keep(data.path("orders").path("nodes")));
        }
        JsonNode idData = graphql.query(OrderQueries.RECENT_ORDER_IDS, Map.of("query", search, "first", first));
        List<String> ids = read(() -> OrderJson.ids(idData.path("orders").path("nodes")));
        List<Order> orders = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += OrderQueries.ORDERS_PER_QUERY) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + OrderQueries.ORDERS_PER_QUERY));
            JsonNode data = graphql.query(OrderQueries.ORDERS_BY_ID, Map.of("ids", batch));
            orders.addAll(reading.orders(ownership.keep(data.path("nodes"))));
        }
        return List.copyOf(orders);
    }

    /** Healthy when Shopify answers and the app holds every required scope; refused otherwise, naming what to fix. */
    @Override
    public Reachability reachability() {
        return switch (inspect()) {
            case ShopifyInspection.Connected connected when !connected.missingRequired().isEmpty() ->
                    new Reachability.Refused(missingScopes(connected.missingRequired()));
            case ShopifyInspection.Connected connected -> new Reachability.Reachable(connected.latency());
            case ShopifyInspection.Refused refused -> new Reachability.Refused(refused.reason());
            case ShopifyInspection.Unreachable unreachable -> new Reachability.Unreachable(unreachable.reason());
        };
    }

    /**
     * One live look, without retries: the shop's name, the scopes granted to the app and which the lookups
     * lack, and the API version Shopify answered with. A refused token request is an outage; refused
     * credentials or permissions on the query are a refusal.
     */
    public ShopifyInspection inspect() {
        Instant start = clock.instant();
        try {
            JsonNode data = graphql.probe(ShopQueries.INSTALLATION);
            JsonNode name = data.path("shop").path("name");
            JsonNode scopes = data.path("currentAppInstallation").path("accessScopes");
            if (!name.isString() || !scopes.isArray()) {
                return new ShopifyInspection.Unreachable("Shopify answered without the shop's name or the app's scopes");
            }
            Set<String> granted = new HashSet<>();
            scopes.forEach(scope -> {
                if (scope.path("handle").isString()) {
                    granted.add(scope.path("handle").stringValue());
                }
            });
            probed = Optional.of(new ProbedScopes(Set.copyOf(granted), clock.instant(),
                    graphql.exchange().tokens().grantedScopes()));
            var check = AccessScopes.check(granted);
            var versions = graphql.exchange().versions().latest();
            return new ShopifyInspection.Connected(name.stringValue(), Duration.between(start, clock.instant()), granted,
                    check.missingRequired(), check.missingRecommended(), settings.apiVersion(),
                    versions.answeredVersion(), versions.deprecation());
        } catch (Unauthorized e) {
            return switch (e.refusal()) {
                case LookupRefusal.TokenRefused token -> new ShopifyInspection.Unreachable(token.detail());
                case LookupRefusal refusal -> new ShopifyInspection.Refused(refusal.detail());
            };
        } catch (ExternalServiceException e) {
            return new ShopifyInspection.Unreachable(e.getMessage());
        }
    }

    /** The shop's display name and time zone, asked of Shopify each time (callers remember them). */
    public ShopProfile profile() {
        return new ShopProfile() {
            @Override
            public String displayName() {
                JsonNode name = ask().path("shop").path("name");
                if (!name.isString()) {
                    throw new Permanent(SERVICE, "Shopify answered without the shop's name", null);
                }
                return name.stringValue();
            }

            @Override
            public Optional<String> ianaTimezone() {
                JsonNode zone = ask().path("zone").path("ianaTimezone");
                return zone.isString() && !zone.stringValue().isBlank() ? Optional.of(zone.stringValue().strip())
                        : Optional.empty();
            }

            private JsonNode ask() {
                return graphql.query(ShopQueries.DISPLAY_NAME, Map.of());
            }
        };
    }

    /** The API version the client asks for. */
    public String apiVersion() {
        return settings.apiVersion();
    }

    @Override
    public void close() {
        graphql.close();
    }

    /** Refuses a lookup the granted scopes cannot fully answer, asking the shop again when the news may be old. */
    private void requireScopes() {
        try {
            graphql.exchange().tokens().token(); // a new token says which scopes it carries
        } catch (AttemptFailure e) {
            return; // the query itself will try again, with its retries
        }
        Optional<Set<String>> granted = grantedScopes();
        if (granted.isEmpty() || AccessScopes.check(granted.get()).complete()) {
            return;
        }
        if (probed.map(p -> p.at().plus(RECHECK_SCOPES).isBefore(clock.instant())).orElse(true)) {
            inspect(); // the operator may have granted them since
            granted = grantedScopes();
        }
        List<String> missing = granted.map(g -> AccessScopes.check(g).missingRequired()).orElse(List.of());
        if (!missing.isEmpty()) {
            throw new Unauthorized(SERVICE, new LookupRefusal.PermissionDenied(missingScopes(missing),
                    Optional.of(missing.getFirst())));
        }
    }

    /**
     * The newest knowledge of the granted scopes: the latest installation query, unless a token obtained
     * since then carries other scopes; else the token answer.
     */
    private Optional<Set<String>> grantedScopes() {
        Optional<Set<String>> tokenSays = graphql.exchange().tokens().grantedScopes();
        return probed.filter(p -> tokenSays.isEmpty() || tokenSays.equals(p.tokenSaid()))
                .map(ProbedScopes::granted).or(() -> tokenSays);
    }

    private static String missingScopes(List<String> missing) {
        return "the app lacks the access scope" + (missing.size() == 1 ? " " : "s ") + AccessScopes.explain(missing)
                + ": grant " + (missing.size() == 1 ? "it" : "them") + " in the app's configuration and reinstall or"
                + " update the app (docs/shopify-setup.md)";
    }

    private static <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new Permanent(SERVICE, "an order in the answer is malformed: " + e.getMessage(), e);
        }
    }
}
