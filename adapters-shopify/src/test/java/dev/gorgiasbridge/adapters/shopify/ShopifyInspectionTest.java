package dev.gorgiasbridge.adapters.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The installation check (scopes, version headers), the shop's display name and ACCESS_DENIED, from the contracts. */
class ShopifyInspectionTest {
    private final ShopifyServer shopify = new ShopifyServer();
    private final ShopifyOrderHistory client = shopify.client();
    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.gorgiasbridge.adapters.shopify");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
        shopify.close();
    }

    @Test
    void a_missing_required_scope_is_named_with_what_it_is_for_and_degrades_reachability() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("access-scopes.json")));

        assertThat(client.inspect()).isInstanceOfSatisfying(ShopifyInspection.Connected.class, connected -> {
            assertThat(connected.shopName()).isEqualTo("Linda's Quilt Corner");
            assertThat(connected.missingRequired()).containsExactly("read_customers");
            assertThat(connected.missingRecommended())
                    .containsExactly("read_marketplace_fulfillment_orders", "read_all_orders");
        });
        assertThat(client.reachability()).isInstanceOfSatisfying(Reachability.Refused.class, refused -> assertThat(
                refused.reason()).contains("lacks the access scope read_customers (the customer an order belongs to)"));
    }

    @Test
    void a_legacy_token_missing_a_scope_seen_by_the_check_refuses_later_lookups_without_asking_for_orders() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("access-scopes.json")));
        client.inspect();

        Throwable refused = catchThrowable(() -> client.recentOrders(CustomerKey.shopify(7460267524351L), 3));

        assertThat(refused).isInstanceOfSatisfying(Unauthorized.class, unauthorized -> assertThat(unauthorized.refusal())
                .isEqualTo(new LookupRefusal.PermissionDenied(((Unauthorized) refused).refusal().detail(),
                        java.util.Optional.of("read_customers"))));
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void access_denied_names_the_scope_shopify_asked_for() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("access-denied.json")));

        Throwable refused = catchThrowable(() -> client.recentOrders(CustomerKey.shopify(7460267524351L), 3));

        assertThat(refused).isInstanceOfSatisfying(Unauthorized.class, unauthorized -> {
            assertThat(unauthorized.refusal()).isInstanceOfSatisfying(LookupRefusal.PermissionDenied.class, denied -> {
                assertThat(denied.scope()).contains("read_customers");
                assertThat(denied.detail()).contains("ACCESS_DENIED", "Access denied for customer field",
                        "grant the app the access scope read_customers");
            });
            assertThat(unauthorized.refusal().label()).isEqualTo("missing_scope");
        });
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void another_version_than_asked_and_a_deprecation_are_reported_and_warned_about_once() {
        shopify.answer(ShopifyServer.json(ShopifyServer.installation("Quilt Corner", AccessScopes.REQUIRED.keySet()))
                .withHeader("X-Shopify-API-Version", "2026-01")
                .withHeader("X-Shopify-API-Deprecated-Reason", "Order.displayFulfillmentStatus"));

        client.inspect();
        var second = client.inspect();

        assertThat(second).isInstanceOfSatisfying(ShopifyInspection.Connected.class, connected -> {
            assertThat(connected.askedVersion()).isEqualTo("2025-10");
            assertThat(connected.answeredVersion()).contains("2026-01");
            assertThat(connected.deprecation()).contains("Order.displayFulfillmentStatus");
        });
        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
                .satisfiesExactlyInAnyOrder(
                        line -> assertThat(line).contains("answered with API version 2026-01 instead of 2025-10"),
                        line -> assertThat(line).contains("deprecated", "Order.displayFulfillmentStatus"));
    }

    @Test
    void the_shops_display_name_is_read_from_shop_name() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("shop-name.json")));

        assertThat(client.profile().displayName()).isEqualTo("Linda's Quilt Corner");
        assertThat(shopify.bodies()).singleElement().satisfies(body -> assertThat(body.path("query").stringValue())
                .contains("shop { name }", "zone: shop { ianaTimezone }").doesNotContain("myshopify"));
    }

    @Test
    void the_shops_time_zone_is_read_from_shop_iana_timezone_and_is_absent_when_shopify_leaves_it_out() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("shop-profile.json")));
        assertThat(client.profile().ianaTimezone()).contains("America/Toronto");

        shopify.answer(ShopifyServer.json(ShopifyServer.contract("shop-name.json")));
        assertThat(client.profile().ianaTimezone()).isEmpty();
        shopify.answer(ShopifyServer.json("{\"data\":{\"shop\":{\"name\":\"Linda's\"},\"zone\":{\"ianaTimezone\":null}}}"));
        assertThat(client.profile().ianaTimezone()).isEmpty();
    }

    @Test
    void a_shop_that_cannot_tell_its_name_fails_the_question_not_silently() {
        shopify.answer(aResponse().withStatus(401));

        assertThat(catchThrowable(() -> client.profile().displayName())).isInstanceOf(Unauthorized.class);
        assertThat(List.of(shopify.requests().size())).containsExactly(1);
    }
}
