package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.CallOutcome;
import dev.gorgiasbridge.application.processing.port.out.ExternalCall;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.shipment.Order;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Times every order lookup and counts how it ended, whatever shop client sits behind it; a refused lookup
 * is told to the operator (see {@link Refusals}) and degrades the shop's health until one succeeds.
 */
public final class ObservedOrderHistory implements OrderHistory {
    static final String SERVICE = "shopify";

    private final OrderHistory shop;
    private final ProcessingMetrics metrics;
    private final Refusals refusals;

    public ObservedOrderHistory(OrderHistory shop, ProcessingMetrics metrics) {
        this(shop, metrics, new Refusals(metrics, Clock.systemUTC()));
    }

    public ObservedOrderHistory(OrderHistory shop, ProcessingMetrics metrics, Refusals refusals) {
        this.shop = shop;
        this.metrics = metrics;
        this.refusals = refusals;
    }

    @Override
    public List<Order> recentOrders(CustomerKey customer, int limit) {
        return find(customer, limit).orders();
    }

    @Override
    public RecentOrders find(CustomerKey customer, int limit) {
        long started = System.nanoTime();
        try {
            RecentOrders orders = shop.find(customer, limit);
            metrics.externalCall(ExternalCall.SHOPIFY_RECENT_ORDERS, CallOutcome.OK, Duration.ofNanos(System.nanoTime() - started));
            refusals.accepted(SERVICE);
            return orders;
        } catch (RuntimeException e) {
            metrics.externalCall(ExternalCall.SHOPIFY_RECENT_ORDERS, CallOutcome.of(e), Duration.ofNanos(System.nanoTime() - started));
            if (e instanceof ExternalServiceException.Unauthorized unauthorized) {
                LookupRefusal refusal = unauthorized.refusal();
                refusals.refused(SERVICE, "the order lookup", refusal.label(), refusal.detail());
            }
            throw e;
        }
    }

    @Override
    public Reachability reachability() {
        return refusals.overlay(SERVICE, shop.reachability());
    }
}
