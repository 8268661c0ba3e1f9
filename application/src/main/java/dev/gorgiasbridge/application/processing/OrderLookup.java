package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.CacheLookup;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.List;
import java.util.Optional;

/**
 * Finds a customer's recent orders: through the cache, then the shop, by each key the shop can search
 * in turn (Shopify id, then email) until one finds orders. A shop that refuses our credentials or permissions makes a refused
 * lookup, and one that answers unusably a degraded one, both reported in the note; a shop that is only
 * unavailable for now fails the attempt so it is retried.
 */
final class OrderLookup {
    // Three orders fit one Shopify query (see the Shopify client); the newest three answer "where is my order".
    static final int RECENT_ORDERS = 3;

    private final Optional<OrderHistory> shop;
    private final OrderCache cache;
    private final ProcessingMetrics metrics;

    OrderLookup(Optional<OrderHistory> shop, OrderCache cache, ProcessingMetrics metrics) {
        this.shop = shop;
        this.cache = cache;
        this.metrics = metrics;
    }

    /** What was found and how, with the stage outcome to record; a refused lookup says why. */
    record Found(LookupStatus status, List<ShipmentAnalysis> orders, StageOutcome outcome,
                 Optional<LookupRefusal> refusal, int unreadableOrders) {
        Found(LookupStatus status, List<ShipmentAnalysis> orders, StageOutcome outcome) {
            this(status, orders, outcome, Optional.empty(), 0);
        }

        Found(LookupStatus status, List<ShipmentAnalysis> orders, StageOutcome outcome, Optional<LookupRefusal> refusal) {
            this(status, orders, outcome, refusal, 0);
        }
    }

    /** @throws ExternalServiceException.RetryLater when the shop is unavailable for now */
    Found find(CustomerIdentity identity) {
        if (shop.isEmpty()) {
            return new Found(LookupStatus.SHOPIFY_NOT_CONFIGURED, List.of(),
                    StageOutcome.skipped(Stage.ORDERS, "Shopify is not configured"));
        }
        List<CustomerKey> keys = identity.keys().stream()
                .filter(k -> !(k instanceof CustomerKey.GorgiasCustomer))
                .toList();
        if (keys.isEmpty()) {
            return new Found(LookupStatus.CUSTOMER_UNKNOWN, List.of(),
                    StageOutcome.skipped(Stage.ORDERS, "the ticket names no email or Shopify customer to search by"));
        }
        List<String> tried = new java.util.ArrayList<>();
        for (CustomerKey key : keys) {
            // The Shopify id first; when it finds nothing (orders placed as a guest, or an integration linking an
            // older customer record), the email on the ticket still may.
            Optional<List<Order>> cached = cache.get(key);
            metrics.cacheLookup(CacheLookup.of(cached.isPresent()));
            String source = cached.isPresent() ? "cache" : "Shopify";
            List<Order> orders;
            int unreadable = 0;
            try {
                if (cached.isPresent()) {
                    orders = cached.get();
                } else {
                    OrderHistory.RecentOrders fetched = shop.get().find(key, RECENT_ORDERS);
                    orders = fetched.orders();
                    unreadable = fetched.unreadable();
                    if (unreadable == 0) { // a lookup that left orders out is asked again next time
                        cache.put(key, orders);
                    }
                }
            } catch (ExternalServiceException.RetryLater unavailable) {
                throw unavailable;
            } catch (ExternalServiceException.Unauthorized refused) {
                // Credentials or permissions: no retry helps until someone fixes them; the operator was told.
                LookupRefusal refusal = refused.refusal();
                return new Found(LookupStatus.SHOPIFY_REFUSED, List.of(), StageOutcome.degraded(Stage.ORDERS,
                        "Shopify refused the lookup (" + refusal.kind() + "): " + refusal.detail()), Optional.of(refusal));
            } catch (ExternalServiceException unusable) {
                return new Found(LookupStatus.SHOPIFY_UNAVAILABLE, List.of(),
                        StageOutcome.degraded(Stage.ORDERS, "Shopify's answer cannot be used: " + unusable.getMessage()));
            }
            if (!orders.isEmpty()) {
                List<ShipmentAnalysis> analyses = orders.stream().map(ShipmentAnalysis::of).toList();
                long split = analyses.stream().filter(ShipmentAnalysis::isSplit).count();
                String detail = orders.size() + " order(s), " + split + " split, from " + source + " by " + kind(key)
                        + (tried.isEmpty() ? "" : " after none for " + String.join(", ", tried));
                return unreadable == 0
                        ? new Found(LookupStatus.ORDERS_FOUND, analyses, StageOutcome.succeeded(Stage.ORDERS, detail))
                        : new Found(LookupStatus.ORDERS_FOUND, analyses, StageOutcome.degraded(Stage.ORDERS, detail
                                + "; " + unreadable + " unreadable order(s) left out"), Optional.empty(), unreadable);
            }
            tried.add(kind(key) + " (" + source + ")");
        }
        return new Found(LookupStatus.NO_ORDERS_FOUND, List.of(),
                StageOutcome.succeeded(Stage.ORDERS, "no orders for " + String.join(" nor for ", tried)));
    }

    /** Which kind of key was used, never the value (an email is personal data). */
    private static String kind(CustomerKey key) {
        return switch (key) {
            case CustomerKey.ShopifyCustomer shopify -> "Shopify customer " + shopify.id();
            case CustomerKey.Email email -> "the customer's email";
            case CustomerKey.GorgiasCustomer gorgias -> "Gorgias customer " + gorgias.id();
        };
    }
}
