package dev.gorgiasbridge.adapters.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.NotFound;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.Unrecognised;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The client against WireMock serving the documented payloads in ../contracts/shopify and variants of them. */
class ShopifyOrderHistoryTest {
    private static final CustomerKey MARIA = CustomerKey.shopify(7460267524351L);
    private static final String SPLIT = ShopifyServer.contract("orders-split-shipment.json");
    private static final String DELIVERED = ShopifyServer.contract("orders-single-delivered.json");
    private static final String FOREIGN = ShopifyServer.contract("orders-foreign-customer-search-warning.json");
    private static final CustomerKey MARIA_BY_EMAIL = CustomerKey.email("maria.keller@example.com");

    private final ShopifyServer shopify = new ShopifyServer();
    private final ShopifyOrderHistory client = shopify.client();

    @AfterEach
    void stop() {
        shopify.close();
    }

    private ExternalServiceException failureOf(CustomerKey customer) {
        Throwable thrown = catchThrowable(() -> client.recentOrders(customer, 3));
        assertThat(thrown).isInstanceOf(ExternalServiceException.class);
        assertThat(thrown.getMessage()).doesNotContain(ShopifyServer.TOKEN);
        return (ExternalServiceException) thrown;
    }

    @Test
    void the_split_shipment_fixture_is_analysed_as_split_with_two_tracked_packages_and_the_walking_foot_pending() {
        shopify.answer(ShopifyServer.json(SPLIT));

        List<Order> orders = client.recentOrders(MARIA, 3);

        assertThat(orders).singleElement().satisfies(order -> {
            assertThat(order.name()).isEqualTo("#1042");
            assertThat(order.displayFulfillmentStatus()).isEqualTo(OrderFulfillmentStatus.PARTIALLY_FULFILLED);
        });
        var analysis = ShipmentAnalysis.of(orders.getFirst());
        assertThat(analysis.isSplit()).isTrue();
        assertThat(analysis.parcels()).allMatch(Parcel::isTracked)
                .extracting(p -> p.carriers().getFirst(), p -> p.trackingNumbers().getFirst().value())
                .containsExactly(tuple("UPS", "1Z999AA10123456784"),
                        tuple("USPS", "9400111899223197428490"));
        assertThat(analysis.pendingItems()).extracting(PendingItem::name).containsExactly("Walking Foot Attachment");
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.IN_TRANSIT);
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void the_request_posts_the_document_to_the_versioned_path_with_the_token_and_the_customer_id_as_a_variable() {
        shopify.answer(ShopifyServer.json(SPLIT));

        client.recentOrders(MARIA, 3);

        var request = shopify.requests().getFirst();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/admin/api/2025-10/graphql.json");
        assertThat(request.getHeader("X-Shopify-Access-Token")).isEqualTo(ShopifyServer.TOKEN);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = shopify.bodies().getFirst();
        assertThat(body.path("variables").path("query").stringValue()).isEqualTo("customer_id:7460267524351");
        assertThat(body.path("variables").path("first").intValue()).isEqualTo(3);
        String document = body.path("query").stringValue();
        assertThat(document).contains("orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true)")
                .doesNotContain("7460267524351");
    }

    @Test
    void an_email_is_searched_as_a_quoted_value_in_a_variable() {
        shopify.answer(ShopifyServer.json(SPLIT));

        client.recentOrders(CustomerKey.email(" Maria.Keller@Example.com "), 3);

        JsonNode body = shopify.bodies().getFirst();
        assertThat(body.path("variables").path("query").stringValue()).isEqualTo("email:\"maria.keller@example.com\"");
        assertThat(body.path("query").stringValue()).doesNotContain("maria");
    }

    @Test
    void hostile_emails_stay_one_literal_quoted_value() {
        shopify.answer(ShopifyServer.json(DELIVERED));
        List<String> hostile = List.of("-maria@example.com", "*@example.com", "maria*@example.com",
                "a+or+b@example.com", "x{}|!~=?/'&%$#@example.com", "maria@example.com.or.email");

        for (String address : hostile) {
            client.recentOrders(CustomerKey.email(address), 3);
        }

        assertThat(shopify.bodies()).extracting(b -> b.path("variables").path("query").stringValue())
                .containsExactlyElementsOf(hostile.stream().map(a -> "email:\"" + a + "\"").toList());
        assertThat(shopify.bodies()).extracting(b -> b.path("query").stringValue()).containsOnly(OrderQueries.RECENT_ORDERS);
    }

    @Test
    void emails_carrying_search_syntax_the_quoting_would_have_to_escape_never_reach_shopify() {
        for (String address : List.of("a\"b@example.com", "a\\b@example.com", "maria @example.com",
                "maria@example.com OR email:*", "(maria)@example.com", "email:maria@example.com")) {
            assertThatThrownBy(() -> client.recentOrders(CustomerKey.email(address), 3))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(shopify.requests()).isEmpty();
    }

    @Test
    void a_gorgias_customer_yields_no_orders_and_no_request() {
        assertThat(client.recentOrders(CustomerKey.gorgias(412000387L), 3)).isEmpty();
        assertThat(shopify.requests()).isEmpty();
    }

    @Test
    void the_count_asked_for_is_capped_by_the_settings() {
        shopify.answer(ShopifyServer.json(DELIVERED));
        var capped = shopify.client(shopify.settings().withMaxOrders(2));

        capped.recentOrders(MARIA, 20);

        assertThat(shopify.bodies().getFirst().path("variables").path("first").intValue()).isEqualTo(2);
    }

    @Test
    void a_single_delivered_order_is_one_delivered_package_and_not_split() {
        shopify.answer(ShopifyServer.json(DELIVERED));

        var analysis = ShipmentAnalysis.of(client.recentOrders(MARIA, 3).getFirst());

        assertThat(analysis.isSplit()).isFalse();
        assertThat(analysis.stage()).isEqualTo(DeliveryStage.DELIVERED);
        assertThat(analysis.parcels()).singleElement().satisfies(parcel -> {
            assertThat(parcel.carriers()).containsExactly("FedEx");
            assertThat(parcel.trackingNumbers()).extracting(n -> n.value()).containsExactly("612999AA10123456");
            assertThat(parcel.trackingUrls()).isEmpty();
        });
        assertThat(analysis.pendingItems()).isEmpty();
    }

    @Test
    void a_guest_order_found_by_email_has_no_customer_and_an_order_with_a_customer_has_its_id() {
        shopify.answer(ShopifyServer.json(DELIVERED));

        assertThat(client.recentOrders(MARIA, 3).getFirst().customer()).contains(CustomerKey.shopify(7460267524351L));
        shopify.answer(ShopifyServer.json(DELIVERED.replace("\"customer\": {", "\"customer\": null, \"formerCustomer\": {")));
        assertThat(client.recentOrders(MARIA_BY_EMAIL, 3).getFirst().customer()).isEmpty();
    }

    @Test
    void orders_of_another_customer_in_a_customer_id_answer_are_left_out_and_the_search_warning_logged() {
        shopify.answer(ShopifyServer.json(FOREIGN));

        try (var logs = CapturedLogs.of(OrderOwnership.class, SearchWarnings.class)) {
            assertThat(client.recentOrders(MARIA, 3)).extracting(Order::name).containsExactly("#1017");

            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line)
                    .contains("Invalid search field for this query.").contains("customer_id"));
            assertThat(logs.warnings()).filteredOn(line -> line.contains("another customer")).singleElement()
                    .satisfies(line -> assertThat(line).contains("2 orders").doesNotContain("maria")
                            .doesNotContain("jonas").doesNotContain("1111111111").doesNotContain("7460267524351"));
        }
    }

    @Test
    void an_email_search_keeps_orders_whose_order_or_customer_email_matches_in_any_case_and_drops_the_rest() {
        shopify.answer(ShopifyServer.json(FOREIGN.replace("\"email\": \"maria.keller@example.com\",\n          \"displayFulfillmentStatus\"",
                "\"email\": null,\n          \"displayFulfillmentStatus\"")));

        try (var logs = CapturedLogs.of(OrderOwnership.class, SearchWarnings.class)) {
            assertThat(client.recentOrders(CustomerKey.email("maria.keller@example.com"), 3)).extracting(Order::name)
                    .containsExactly("#1017", "#1019");
            assertThat(logs.warnings()).filteredOn(line -> line.contains("another customer")).singleElement()
                    .satisfies(line -> assertThat(line).contains("1 order ").doesNotContain("jonas"));
        }
    }

    @Test
    void an_email_search_keeps_orders_whose_emails_shopify_redacted_for_lack_of_protected_data_access() {
        String redacted = FOREIGN.replaceAll("\"email\": \"[^\"]*\"", "\"email\": null");
        shopify.answer(ShopifyServer.json(redacted));

        assertThat(client.recentOrders(CustomerKey.email("maria.keller@example.com"), 3)).extracting(Order::name)
                .as("without addresses only the search's own filter can be trusted").isNotEmpty();
    }

    @Test
    void orders_of_another_customer_are_left_out_of_a_split_lookup_too() {
        var fake = new FakeShopifyOrders();
        try (var server = new ShopifyServer(fake)) {
            server.answer(com.github.tomakehurst.wiremock.client.WireMock.ok());
            var split = server.client(server.settings().withMaxOrders(ShopifySettings.MAX_ORDERS));
            var stranger = CustomerKey.shopify(1111111111L);
            for (int i = 1; i <= 5; i++) {
                fake.add("customer_id:7460267524351", ordersFixtureOrder("#10" + i, i % 2 == 0 ? stranger : MARIA));
            }

            assertThat(split.recentOrders(MARIA, 10)).extracting(Order::name).containsExactly("#105", "#103", "#101");
        }
    }

    private static Order ordersFixtureOrder(String name, CustomerKey owner) {
        return new Order(name, java.time.Instant.parse("2025-0" + name.charAt(3) + "-01T09:00:00Z"), Optional.empty(),
                OrderFulfillmentStatus.UNFULFILLED, Optional.of((CustomerKey.ShopifyCustomer) owner),
                List.of(new LineItem("Batting - Queen", 1, 1, 1)), List.of(), List.of());
    }

    @Test
    void unknown_fields_and_enum_values_are_tolerated() {
        String novel = SPLIT
                .replace("\"PARTIALLY_FULFILLED\"", "\"PARTIALLY_TELEPORTED\"")
                .replace("\"displayStatus\": \"IN_TRANSIT\"", "\"displayStatus\": \"IN_ORBIT\", \"droneId\": 7")
                .replace("\"status\": \"SUCCESS\"", "\"status\": \"QUANTUM\"")
                .replace("\"status\": \"OPEN\"", "\"status\": \"AWAITING_ROBOT\"")
                .replace("\"data\": {", "\"data\": { \"newTopLevelThing\": {\"a\": [1, 2]},");
        shopify.answer(ShopifyServer.json(novel));

        Order order = client.recentOrders(MARIA, 3).getFirst();

        assertThat(order.displayFulfillmentStatus()).isEqualTo(OrderFulfillmentStatus.OTHER);
        assertThat(order.fulfillments()).extracting(f -> f.status()).containsOnly(FulfillmentStatus.OTHER);
        assertThat(order.fulfillments()).extracting(f -> f.displayStatus())
                .containsExactly(FulfillmentDisplayStatus.DELIVERED, new Unrecognised("IN_ORBIT"));
        assertThat(order.fulfillmentOrders()).extracting(f -> f.status())
                .containsExactly(FulfillmentOrderStatus.CLOSED, new Unrecognised("AWAITING_ROBOT"));
        // The order's stage comes from what is known; the unknown status stays visible in Shopify's words.
        assertThat(ShipmentAnalysis.of(order).stage()).isEqualTo(DeliveryStage.DELIVERED);
        assertThat(ShipmentAnalysis.of(order).unrecognisedStatuses()).extracting(Unrecognised::words)
                .containsExactly("in orbit");
    }

    @Test
    void unauthorized_401_is_reported_as_unauthorized_without_retrying() {
        shopify.answer(aResponse().withStatus(401).withBody("{\"errors\":\"[API] Invalid API key or access token\"}"));

        assertThat(failureOf(MARIA)).isInstanceOfSatisfying(Unauthorized.class, refused -> assertThat(refused.refusal())
                .isInstanceOfSatisfying(LookupRefusal.CredentialsRefused.class, credentials -> assertThat(
                        credentials.detail()).contains("HTTP 401", "SHOPIFY_ACCESS_TOKEN")));
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void forbidden_403_is_reported_as_unauthorized_without_retrying() {
        shopify.answer(aResponse().withStatus(403));

        assertThat(failureOf(MARIA)).isInstanceOfSatisfying(Unauthorized.class, refused -> assertThat(refused.refusal())
                .isInstanceOfSatisfying(LookupRefusal.PermissionDenied.class, denied -> {
                    assertThat(denied.detail()).contains("HTTP 403", "access scopes");
                    assertThat(denied.scope()).isEmpty();
                }));
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void not_found_404_is_reported_as_not_found_without_retrying() {
        shopify.answer(aResponse().withStatus(404).withBody("Not Found"));

        assertThat(failureOf(MARIA)).isInstanceOf(NotFound.class)
                .hasMessageContaining("quilt-corner.myshopify.com").hasMessageNotContaining("localhost");
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void another_4xx_is_permanent_without_retrying() {
        shopify.answer(aResponse().withStatus(400).withBody("{\"errors\":\"bad request\"}"));

        assertThat(failureOf(MARIA)).isInstanceOf(Permanent.class).hasMessageContaining("400");
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void a_429_waits_as_long_as_retry_after_says_then_succeeds() {
        shopify.answerInTurn(aResponse().withStatus(429).withHeader("Retry-After", "2"), ShopifyServer.json(SPLIT));

        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);
        assertThat(shopify.requests()).hasSize(2);
        assertThat(shopify.waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void a_429_asking_for_longer_than_the_longest_wait_is_left_to_the_caller_with_the_delay() {
        shopify.answer(aResponse().withStatus(429).withHeader("Retry-After", "120"));

        assertThat(failureOf(MARIA)).isInstanceOfSatisfying(RetryLater.class,
                retry -> assertThat(retry.after()).contains(Duration.ofSeconds(120)));
        assertThat(shopify.requests()).hasSize(1);
        assertThat(shopify.waits).isEmpty();
    }

    @Test
    void a_5xx_is_retried_and_the_next_answer_used() {
        shopify.answerInTurn(aResponse().withStatus(503), aResponse().withStatus(502), ShopifyServer.json(SPLIT));

        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);
        assertThat(shopify.requests()).hasSize(3);
    }

    @Test
    void a_5xx_every_time_exhausts_the_attempts_and_says_retry_later() {
        shopify.answer(aResponse().withStatus(500));

        assertThat(failureOf(MARIA)).isInstanceOf(RetryLater.class).hasMessageContaining("HTTP 500")
                .hasMessageContaining("3 attempts");
        assertThat(shopify.requests()).hasSize(3);
    }

    @Test
    void a_read_timeout_is_retried_then_reported_as_retry_later() {
        shopify.answer(ShopifyServer.json(SPLIT).withFixedDelay(1_000));
        var impatient = shopify.client(shopify.settings().withRetries(2, Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200)));

        Throwable thrown = catchThrowable(() -> impatient.recentOrders(MARIA, 3));

        assertThat(thrown).isInstanceOf(RetryLater.class).hasMessageContaining("timeout");
        assertThat(shopify.requests()).hasSize(2);
    }

    @Test
    void a_refused_connection_is_retry_later() {
        var nowhere = shopify.client(shopify.settings().withBaseUrl(URI.create("http://127.0.0.1:1")));

        assertThatThrownBy(() -> nowhere.recentOrders(MARIA, 3)).isInstanceOf(RetryLater.class)
                .hasMessageContaining("connection failed");
    }

    @Test
    void a_graphql_internal_server_error_on_http_200_is_retried_like_a_5xx_and_the_next_answer_used() {
        shopify.answerInTurn(ShopifyServer.json(ShopifyServer.contract("internal-server-error.json")),
                ShopifyServer.json(SPLIT));

        assertThat(client.recentOrders(MARIA, 3)).extracting(Order::name).containsExactly("#1042");
        assertThat(shopify.requests()).hasSize(2);
    }

    @Test
    void a_graphql_internal_server_error_every_time_says_retry_later_after_the_attempts() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("internal-server-error.json")));

        assertThat(failureOf(MARIA)).isInstanceOf(RetryLater.class).hasMessageContaining("INTERNAL_SERVER_ERROR");
        assertThat(shopify.requests()).hasSize(3);
    }

    @Test
    void one_unreadable_order_is_left_out_counted_and_logged_and_the_customer_s_other_orders_are_kept() {
        String oneBroken = ShopifyServer.contract("orders-local-pickup-and-delivery.json")
                .replaceFirst("\"requiresShipping\": true", "\"requiresShipping\": \"yes\"");
        shopify.answer(ShopifyServer.json(oneBroken));

        try (var logs = CapturedLogs.of(OrderJson.class)) {
            var found = client.find(MARIA, 3);

            assertThat(found.unreadable()).isEqualTo(1);
            assertThat(found.orders()).hasSize(3);
            assertThat(logs.warnings()).singleElement().satisfies(line -> assertThat(line)
                    .contains("gid://shopify/Order/", "requiresShipping is not true or false").doesNotContain("maria"));
        }
    }

    @Test
    void malformed_json_is_permanent_without_retrying() {
        shopify.answer(ShopifyServer.json("{\"data\": {\"orders\": {\"nodes\": [ {\"name\": "));

        assertThat(failureOf(MARIA)).isInstanceOf(Permanent.class).hasMessageContaining("not valid JSON");
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void an_order_missing_a_field_the_query_asked_for_is_permanent() {
        shopify.answer(ShopifyServer.json(DELIVERED.replace("\"createdAt\": \"2025-12-01T10:00:00Z\",", "")));

        assertThat(failureOf(MARIA)).isInstanceOf(Permanent.class).hasMessageContaining("createdAt");
    }

    @Test
    void graphql_errors_are_permanent_and_access_denied_is_unauthorized() {
        shopify.answer(ShopifyServer.json("{\"errors\":[{\"message\":\"Field 'ordrs' doesn't exist on type 'QueryRoot'\","
                + "\"extensions\":{\"code\":\"undefinedField\"}}]}"));
        assertThat(failureOf(MARIA)).isInstanceOf(Permanent.class).hasMessageContaining("ordrs");

        shopify.answer(ShopifyServer.json("{\"errors\":[{\"message\":\"Access denied for orders field.\","
                + "\"extensions\":{\"code\":\"ACCESS_DENIED\"}}]}"));
        assertThat(failureOf(MARIA)).isInstanceOf(Unauthorized.class).hasMessageContaining("ACCESS_DENIED");
        assertThat(((Unauthorized) failureOf(MARIA)).refusal()).isInstanceOf(LookupRefusal.PermissionDenied.class);
        assertThat(shopify.requests()).hasSize(3);
    }

    @Test
    void throttled_waits_for_the_bucket_to_refill_then_succeeds() {
        shopify.answerInTurn(ShopifyServer.json(ShopifyServer.contract("throttled.json")), ShopifyServer.json(SPLIT));

        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);
        assertThat(shopify.requests()).hasSize(2);
        // (requestedQueryCost 412 - currentlyAvailable 150) / restoreRate 100 = 2.62 s
        assertThat(shopify.waits).containsExactly(Duration.ofMillis(2620));
    }

    @Test
    void throttled_every_time_gives_up_after_the_bounded_attempts_with_the_delay() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("throttled.json")));

        assertThat(failureOf(MARIA)).isInstanceOfSatisfying(RetryLater.class,
                retry -> assertThat(retry.after()).contains(Duration.ofMillis(2620)));
        assertThat(shopify.requests()).hasSize(3);
        assertThat(shopify.waits).hasSize(2);
    }

    @Test
    void max_cost_exceeded_is_permanent_after_exactly_one_request() {
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("max-cost-exceeded.json")));

        assertThat(failureOf(MARIA)).isInstanceOf(Permanent.class).hasMessageContaining("MAX_COST_EXCEEDED");
        assertThat(shopify.requests()).hasSize(1);
        assertThat(shopify.waits).isEmpty();
    }

    @Test
    void an_open_circuit_refuses_at_once_without_a_request_and_lets_one_through_after_its_open_period() {
        shopify.answer(aResponse().withStatus(503));
        var fragile = shopify.client(shopify.settings().withRetries(1, Duration.ofMillis(1))
                .withCircuitBreaker(2, Duration.ofSeconds(30)));
        for (int call = 0; call < 2; call++) {
            assertThatThrownBy(() -> fragile.recentOrders(MARIA, 3)).isInstanceOf(RetryLater.class);
        }
        int sent = shopify.requests().size();

        assertThatThrownBy(() -> fragile.recentOrders(MARIA, 3)).isInstanceOfSatisfying(RetryLater.class, open -> {
            assertThat(open).hasMessageContaining("circuit breaker open");
            assertThat(open.after()).contains(Duration.ofSeconds(30));
        });
        assertThat(shopify.requests()).hasSize(sent);

        shopify.answer(ShopifyServer.json(SPLIT));
        shopify.clock.advance(Duration.ofSeconds(31));
        assertThat(fragile.recentOrders(MARIA, 3)).hasSize(1);
        assertThat(shopify.requests()).hasSize(sent + 1);
    }

    @Test
    void refused_credentials_do_not_open_the_circuit() {
        shopify.answer(aResponse().withStatus(401));
        var strict = shopify.client(shopify.settings().withCircuitBreaker(2, Duration.ofSeconds(30)));
        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> strict.recentOrders(MARIA, 3)).isInstanceOf(Unauthorized.class);
        }
        assertThat(shopify.requests()).hasSize(3);
    }

    @Test
    void five_orders_are_fetched_as_ids_then_details_in_batches_each_under_the_cost_limit() {
        String ids = "{\"data\":{\"orders\":{\"nodes\":[{\"id\":\"gid://shopify/Order/1\"},{\"id\":\"gid://shopify/Order/2\"},"
                + "{\"id\":\"gid://shopify/Order/3\"},{\"id\":\"gid://shopify/Order/4\"},{\"id\":\"gid://shopify/Order/5\"}]}}}";
        JsonNode splitOrder = ShopifyServer.JSON.readTree(SPLIT).path("data").path("orders").path("nodes");
        String details = "{\"data\":{\"nodes\":" + splitOrder + "}}";
        shopify.answerInTurn(ShopifyServer.json(ids), ShopifyServer.json(details), ShopifyServer.json(details));

        List<Order> orders = client.recentOrders(MARIA, 5);

        assertThat(orders).hasSize(2);
        List<JsonNode> bodies = shopify.bodies();
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(0).path("query").stringValue()).isEqualTo(OrderQueries.RECENT_ORDER_IDS);
        assertThat(bodies.get(0).path("variables").path("first").intValue()).isEqualTo(5);
        assertThat(bodies.get(1).path("query").stringValue()).isEqualTo(OrderQueries.ORDERS_BY_ID);
        assertThat(bodies.get(1).path("variables").path("ids").values()).extracting(JsonNode::stringValue)
                .containsExactly("gid://shopify/Order/1", "gid://shopify/Order/2", "gid://shopify/Order/3");
        assertThat(bodies.get(2).path("variables").path("ids").values()).extracting(JsonNode::stringValue)
                .containsExactly("gid://shopify/Order/4", "gid://shopify/Order/5");
    }

    @Test
    void a_reachable_shop_reports_its_latency_from_one_cheap_query() {
        shopify.answer(ShopifyServer.json(ShopifyServer.installation("Quilt Corner", AccessScopes.REQUIRED.keySet())));

        assertThat(client.reachability()).isInstanceOf(Reachability.Reachable.class);
        assertThat(shopify.bodies()).singleElement().satisfies(body -> assertThat(body.path("query").stringValue())
                .contains("shop { name }", "currentAppInstallation { accessScopes { handle } }"));
    }

    @Test
    void a_refused_token_makes_the_shop_refused_not_down_and_says_why_without_the_token() {
        shopify.answer(aResponse().withStatus(401));

        assertThat(client.reachability()).isInstanceOfSatisfying(
                Reachability.Refused.class, refused -> assertThat(
                        refused.reason()).contains("401").doesNotContain(ShopifyServer.TOKEN));
        assertThat(shopify.requests()).hasSize(1);
    }

    @Test
    void a_server_error_makes_the_shop_unreachable_after_one_attempt() {
        shopify.answer(aResponse().withStatus(503));

        assertThat(client.reachability()).isEqualTo(
                new Reachability.Unreachable("shopify: HTTP 503"));
        assertThat(shopify.requests()).hasSize(1);
    }
}
