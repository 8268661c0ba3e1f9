package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.shipment.DeliveryMethodType;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrder;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link OrderCache} must do; run against the in-process and the Redis cache. */
public abstract class OrderCacheContract {

    protected abstract OrderCache cache();

    /** A customer no other test or earlier run has cached. */
    protected abstract CustomerKey freshCustomer();

    /** Order #1042 of the split-shipment contract: two packages, one item pending. */
    public static Order splitShipment() {
        return new Order("#1042", Instant.parse("2026-01-02T14:03:11Z"), Optional.empty(),
                OrderFulfillmentStatus.fromShopify("PARTIALLY_FULFILLED"),
                Optional.of(CustomerKey.shopify(7460267524351L)),
                List.of(new LineItem("Quilting Thread Set - 12 spools", 1, 1, 0),
                        new LineItem("Rotary Cutter 45mm", 2, 2, 0),
                        new LineItem("Walking Foot Attachment", 1, 1, 1)),
                List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("DELIVERED"),
                                Instant.parse("2026-01-03T09:00:00Z"), Optional.of(Instant.parse("2026-01-05T12:30:00Z")),
                                Optional.empty(),
                                List.of(TrackingInfo.of("UPS", "1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784")),
                                List.of(new FulfillmentLineItem("Quilting Thread Set - 12 spools", 1))),
                        new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("IN_TRANSIT"),
                                Instant.parse("2026-01-04T10:15:00Z"), Optional.empty(), Optional.of(Instant.parse("2026-01-08T00:00:00Z")),
                                List.of(TrackingInfo.of("USPS", "9400111899223197428490",
                                        "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490")),
                                List.of(new FulfillmentLineItem("Rotary Cutter 45mm", 2)))),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("OPEN"),
                        List.of(new FulfillmentOrderLineItem("Walking Foot Attachment", 1)))));
    }

    /**
     * An order with every kind of value the cache must carry: a shipment with two tracking numbers, a gift
     * card, a local pickup, and Shopify values this version does not know (display status, fulfillment order
     * status, delivery method) or that Shopify left out.
     */
    public static Order variedOrder() {
        return new Order("#1077", Instant.parse("2026-02-02T10:00:00Z"), Optional.empty(),
                OrderFulfillmentStatus.fromShopify("PARTIALLY_FULFILLED"), Optional.empty(),
                List.of(new LineItem("Fabric Bundle – Ébène", 2, 2, 0),
                        new LineItem("Gift Card $50", 1, 1, 1, false),
                        new LineItem("Quilt Frame", 1, 1, 1)),
                List.of(new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify("SOMETHING_NEW"),
                                Instant.parse("2026-02-03T09:00:00Z"), Optional.empty(), Optional.empty(),
                                List.of(TrackingInfo.of("DHL", "JD014600006281230001", "https://www.dhl.com/track?id=1"),
                                        TrackingInfo.of("DHL", "JD014600006281230002", null)),
                                List.of(new FulfillmentLineItem("Fabric Bundle – Ébène", 2))),
                        new Fulfillment(FulfillmentStatus.fromShopify("SUCCESS"), FulfillmentDisplayStatus.fromShopify(null),
                                Instant.parse("2026-02-03T09:30:00Z"), Optional.empty(), Optional.empty(), List.of(), List.of())),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("AWAITING_ROBOT"),
                                DeliveryMethodType.fromShopify("PICK_UP"), List.of(new FulfillmentOrderLineItem("Quilt Frame", 1))),
                        new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("OPEN"), DeliveryMethodType.fromShopify("DRONE_DROP"),
                                List.of(new FulfillmentOrderLineItem("Fabric Bundle – Ébène", 0))),
                        new FulfillmentOrder(FulfillmentOrderStatus.fromShopify("CLOSED"), DeliveryMethodType.fromShopify(null),
                                List.of())));
    }

    @Test
    void an_order_with_pickups_gift_cards_and_values_shopify_added_since_comes_back_equal() {
        CustomerKey customer = freshCustomer();
        List<Order> orders = List.of(variedOrder(), splitShipment());

        cache().put(customer, orders);

        assertThat(cache().get(customer)).contains(orders);
    }

    @Test
    void a_customer_never_cached_is_a_miss() {
        assertThat(cache().get(freshCustomer())).isEmpty();
    }

    @Test
    void cached_orders_come_back_equal() {
        CustomerKey customer = freshCustomer();
        List<Order> orders = List.of(splitShipment());

        cache().put(customer, orders);

        assertThat(cache().get(customer)).contains(orders);
    }

    @Test
    void an_empty_order_list_is_cached_too() {
        CustomerKey customer = freshCustomer();

        cache().put(customer, List.of());

        assertThat(cache().get(customer)).contains(List.of());
    }

    @Test
    void customers_do_not_see_each_other_s_orders() {
        CustomerKey one = freshCustomer();
        CustomerKey other = freshCustomer();

        cache().put(one, List.of(splitShipment()));

        assertThat(cache().get(other)).isEmpty();
    }

    @Test
    void a_working_cache_reports_healthy() {
        cache().put(freshCustomer(), List.of());

        assertThat(cache().status()).isInstanceOf(OrderCache.CacheStatus.Healthy.class);
    }
}
