package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrder;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link OrderHistory} must do; run against the in-memory fake and against Shopify on WireMock. */
public abstract class OrderHistoryContract {
    protected static final ShopifyCustomer MARIA_BY_ID = CustomerKey.shopify(7460267524351L);
    protected static final CustomerKey MARIA_BY_EMAIL = CustomerKey.email("maria.keller@example.com");

    protected abstract OrderHistory history();

    /** Puts orders in the shop, findable by this key (a Shopify customer id or an email). */
    protected abstract void given(CustomerKey customer, List<Order> orders);

    protected static Order order(String name, String createdAt) {
        return new Order(name, Instant.parse(createdAt), Optional.empty(), OrderFulfillmentStatus.UNFULFILLED,
                Optional.of(MARIA_BY_ID), List.of(new LineItem("Batting - Queen", 1, 1, 1)), List.of(), List.of());
    }

    /** Two packages on their way and one item waiting: everything the analysis reads, each field set. */
    protected static Order splitShipment() {
        var thread = new FulfillmentLineItem("Quilting Thread Set - 12 spools", 1);
        var cutters = new FulfillmentLineItem("Rotary Cutter 45mm", 2);
        return new Order("#1042", Instant.parse("2026-01-02T14:03:11Z"), Optional.empty(),
                OrderFulfillmentStatus.PARTIALLY_FULFILLED, Optional.of(MARIA_BY_ID),
                List.of(new LineItem("Quilting Thread Set - 12 spools", 1, 1, 0),
                        new LineItem("Rotary Cutter 45mm", 2, 2, 0),
                        new LineItem("Walking Foot Attachment", 1, 1, 1)),
                List.of(new Fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.DELIVERED,
                                Instant.parse("2026-01-03T09:00:00Z"), Optional.of(Instant.parse("2026-01-05T12:30:00Z")),
                                Optional.empty(), List.of(TrackingInfo.of("UPS", "1Z999AA10123456784",
                                        "https://www.ups.com/track?tracknum=1Z999AA10123456784")), List.of(thread)),
                        new Fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                                Instant.parse("2026-01-04T10:15:00Z"), Optional.empty(),
                                Optional.of(Instant.parse("2026-01-08T00:00:00Z")),
                                List.of(TrackingInfo.of("USPS", "9400111899223197428490", null)), List.of(cutters)),
                        new Fulfillment(FulfillmentStatus.CANCELLED, FulfillmentDisplayStatus.CANCELED,
                                Instant.parse("2026-01-03T08:00:00Z"), Optional.empty(), Optional.empty(), List.of(),
                                List.of(thread))),
                List.of(new FulfillmentOrder(FulfillmentOrderStatus.CLOSED, List.of(
                                new FulfillmentOrderLineItem("Quilting Thread Set - 12 spools", 0))),
                        new FulfillmentOrder(FulfillmentOrderStatus.ON_HOLD, List.of(
                                new FulfillmentOrderLineItem("Walking Foot Attachment", 1)))));
    }

    @Test
    void pickups_gift_cards_several_tracking_numbers_and_values_shopify_added_since_come_back_whole() {
        Order varied = OrderCacheContract.variedOrder();
        given(MARIA_BY_EMAIL, List.of(varied));

        assertThat(history().recentOrders(MARIA_BY_EMAIL, 5)).containsExactly(varied);
    }

    @Test
    void a_customers_orders_come_back_whole() {
        given(MARIA_BY_ID, List.of(splitShipment()));

        List<Order> orders = history().recentOrders(MARIA_BY_ID, 5);

        assertThat(orders).containsExactly(splitShipment());
        var analysis = ShipmentAnalysis.of(orders.getFirst());
        assertThat(analysis.isSplit()).isTrue();
        assertThat(analysis.parcels()).hasSize(2);
        assertThat(analysis.pendingItems()).singleElement()
                .satisfies(item -> assertThat(item.name()).isEqualTo("Walking Foot Attachment"));
    }

    @Test
    void orders_come_back_newest_first() {
        given(MARIA_BY_ID, List.of(order("#1001", "2025-03-01T09:00:00Z"), order("#1003", "2025-09-01T09:00:00Z"),
                order("#1002", "2025-06-01T09:00:00Z")));

        assertThat(history().recentOrders(MARIA_BY_ID, 5)).extracting(Order::name)
                .containsExactly("#1003", "#1002", "#1001");
    }

    @Test
    void at_most_limit_orders_come_back_and_they_are_the_newest() {
        given(MARIA_BY_ID, List.of(order("#1001", "2025-03-01T09:00:00Z"), order("#1003", "2025-09-01T09:00:00Z"),
                order("#1002", "2025-06-01T09:00:00Z")));

        assertThat(history().recentOrders(MARIA_BY_ID, 2)).extracting(Order::name).containsExactly("#1003", "#1002");
        assertThat(history().recentOrders(MARIA_BY_ID, 1)).extracting(Order::name).containsExactly("#1003");
    }

    @Test
    void seven_orders_all_come_back_newest_first_under_a_limit_of_ten() {
        List<Order> seven = List.of(order("#1007", "2025-07-01T09:00:00Z"), order("#1006", "2025-06-01T09:00:00Z"),
                order("#1005", "2025-05-01T09:00:00Z"), order("#1004", "2025-04-01T09:00:00Z"),
                order("#1003", "2025-03-01T09:00:00Z"), order("#1002", "2025-02-01T09:00:00Z"),
                order("#1001", "2025-01-01T09:00:00Z"));
        given(MARIA_BY_ID, seven);

        assertThat(history().recentOrders(MARIA_BY_ID, 10)).isEqualTo(seven);
    }

    @Test
    void an_email_finds_guest_orders() {
        var guest = new Order("#1050", Instant.parse("2026-02-01T08:00:00Z"), Optional.empty(),
                OrderFulfillmentStatus.UNFULFILLED, Optional.empty(), List.of(new LineItem("Pattern Book", 1, 1, 1)),
                List.of(), List.of());
        given(MARIA_BY_EMAIL, List.of(guest));

        assertThat(history().recentOrders(MARIA_BY_EMAIL, 5)).containsExactly(guest);
    }

    @Test
    void a_customer_without_orders_has_none() {
        given(MARIA_BY_ID, List.of(order("#1001", "2025-03-01T09:00:00Z")));

        assertThat(history().recentOrders(CustomerKey.shopify(1234567L), 5)).isEmpty();
        assertThat(history().recentOrders(CustomerKey.email("nobody@example.com"), 5)).isEmpty();
    }

    @Test
    void a_gorgias_customer_has_no_orders_in_the_shop() {
        assertThat(history().recentOrders(CustomerKey.gorgias(412000387L), 5)).isEmpty();
    }

    @Test
    void a_limit_below_one_is_refused() {
        assertThatThrownBy(() -> history().recentOrders(MARIA_BY_ID, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_shop_that_answers_is_reachable() {
        assertThat(history().reachability()).isInstanceOf(Reachability.Reachable.class);
    }
}
