package dev.gorgiasbridge.adapters.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The client credentials grant against a WireMock token endpoint and Admin API, fed from ../contracts/shopify. */
class ShopifyClientCredentialsTest {
    private static final CustomerKey MARIA = CustomerKey.shopify(7460267524351L);
    private static final String SPLIT = ShopifyServer.contract("orders-split-shipment.json");
    private static final String FIRST = "shpat_first0123456789abcdef01234567";
    private static final String SECOND = "shpat_second123456789abcdef0123456";

    private final ShopifyServer shopify = new ShopifyServer();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final ShopifyOrderHistory client = client();
    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.gorgiasbridge.adapters.shopify");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    private ShopifyOrderHistory client() {
        var history = new ShopifyOrderHistory(shopify.clientCredentialsSettings(), shopify.clock, shopify.waits::add,
                issued::add);
        return history;
    }

    @BeforeEach
    void captureLogs() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
        client.close();
        shopify.close();
        // Neither the secret nor any token ever reaches a log line.
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains(ShopifyServer.CLIENT_SECRET) || line.contains(FIRST)
                        || line.contains(SECOND));
    }

    private static String token(String token, long expiresIn) {
        return ShopifyServer.token(token, expiresIn, AccessScopes.REQUIRED.keySet());
    }

    private Map<String, String> form(int index) {
        String body = shopify.tokenRequests().get(index).getBodyAsString();
        return java.util.Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private ExternalServiceException failure() {
        Throwable thrown = catchThrowable(() -> client.recentOrders(MARIA, 3));
        assertThat(thrown).isInstanceOf(ExternalServiceException.class);
        assertThat(thrown.getMessage()).doesNotContain(ShopifyServer.CLIENT_SECRET, FIRST);
        return (ExternalServiceException) thrown;
    }

    @Test
    void the_documented_token_answer_is_obtained_with_the_form_fields_and_used_on_the_admin_api() {
        shopify.tokenAnswer(ShopifyServer.json(ShopifyServer.contract("access-token.json")));
        shopify.answer(ShopifyServer.json(SPLIT));

        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);

        var tokenRequest = shopify.tokenRequests().getFirst();
        assertThat(tokenRequest.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(0)).containsExactlyInAnyOrderEntriesOf(Map.of("grant_type", "client_credentials",
                "client_id", ShopifyServer.CLIENT_ID, "client_secret", ShopifyServer.CLIENT_SECRET));
        assertThat(shopify.graphqlRequests()).singleElement().satisfies(request -> assertThat(
                request.getHeader("X-Shopify-Access-Token")).isEqualTo("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"));
        assertThat(issued).containsExactly("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");
    }

    @Test
    void the_token_is_kept_until_shortly_before_it_expires_then_renewed_once_ahead_of_expiry() {
        shopify.tokenAnswersInTurn(ShopifyServer.json(token(FIRST, 86_399)), ShopifyServer.json(token(SECOND, 86_399)));
        shopify.answer(ShopifyServer.json(SPLIT));

        client.recentOrders(MARIA, 3);
        shopify.clock.advance(Duration.ofHours(23).plusMinutes(54));
        client.recentOrders(MARIA, 3);
        assertThat(shopify.tokenRequests()).hasSize(1);

        shopify.clock.advance(Duration.ofMinutes(1)); // within five minutes of expiry: renewed ahead of it
        client.recentOrders(MARIA, 3);
        client.recentOrders(MARIA, 3);

        assertThat(shopify.tokenRequests()).hasSize(2);
        assertThat(shopify.graphqlRequests()).extracting(r -> r.getHeader("X-Shopify-Access-Token"))
                .containsExactly(FIRST, FIRST, SECOND, SECOND);
    }

    @Test
    void a_failed_renewal_ahead_of_expiry_keeps_using_the_valid_token_and_tries_again_later() {
        shopify.tokenAnswersInTurn(ShopifyServer.json(token(FIRST, 3_600)), aResponse().withStatus(503),
                ShopifyServer.json(token(SECOND, 3_600)));
        shopify.answer(ShopifyServer.json(SPLIT));
        client.recentOrders(MARIA, 3);
        shopify.clock.advance(Duration.ofMinutes(56));

        client.recentOrders(MARIA, 3);
        client.recentOrders(MARIA, 3);
        shopify.clock.advance(ClientCredentialsTokens.RENEWAL_RETRY);
        client.recentOrders(MARIA, 3);

        assertThat(shopify.graphqlRequests()).extracting(r -> r.getHeader("X-Shopify-Access-Token"))
                .containsExactly(FIRST, FIRST, FIRST, SECOND);
        assertThat(shopify.tokenRequests()).hasSize(3);
    }

    @Test
    void a_401_on_a_token_believed_valid_renews_it_once_and_retries_the_query() {
        shopify.tokenAnswersInTurn(ShopifyServer.json(token(FIRST, 86_399)), ShopifyServer.json(token(SECOND, 86_399)));
        shopify.answerInTurn(aResponse().withStatus(401), ShopifyServer.json(SPLIT));

        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);

        assertThat(shopify.tokenRequests()).hasSize(2);
        assertThat(shopify.graphqlRequests()).extracting(r -> r.getHeader("X-Shopify-Access-Token"))
                .containsExactly(FIRST, SECOND);
    }

    @Test
    void a_401_on_the_renewed_token_too_is_a_credentials_refusal_after_a_single_renewal() {
        shopify.tokenAnswersInTurn(ShopifyServer.json(token(FIRST, 86_399)), ShopifyServer.json(token(SECOND, 86_399)));
        shopify.answer(aResponse().withStatus(401));

        assertThat(failure()).isInstanceOfSatisfying(Unauthorized.class, refused -> assertThat(refused.refusal())
                .isInstanceOfSatisfying(LookupRefusal.CredentialsRefused.class, credentials -> assertThat(
                        credentials.detail()).contains("HTTP 401", "SHOPIFY_CLIENT_ID, SHOPIFY_CLIENT_SECRET")));
        assertThat(shopify.tokenRequests()).hasSize(2);
        assertThat(shopify.graphqlRequests()).hasSize(2);
    }

    @Test
    void concurrent_first_calls_make_one_token_request() throws Exception {
        // The token endpoint takes a moment, so every caller arrives while the first request is under way.
        shopify.tokenAnswer(ShopifyServer.json(token(FIRST, 86_399)).withFixedDelay(300));
        shopify.answer(ShopifyServer.json(SPLIT));
        int callers = 8;
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.recentOrders(MARIA, 3).size();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(1);
            }
        }

        assertThat(shopify.tokenRequests()).hasSize(1);
        assertThat(shopify.graphqlRequests()).hasSize(callers)
                .allSatisfy(r -> assertThat(r.getHeader("X-Shopify-Access-Token")).isEqualTo(FIRST));
    }

    @Test
    void a_wrong_secret_is_a_token_refusal_naming_what_to_check_and_sends_no_query() {
        shopify.tokenAnswer(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(ShopifyServer.contract("access-token-invalid-client.json")));

        assertThat(failure()).isInstanceOfSatisfying(Unauthorized.class, refused -> assertThat(refused.refusal())
                .isInstanceOfSatisfying(LookupRefusal.TokenRefused.class, token -> assertThat(token.detail())
                        .contains("did not accept the app's client credentials", "HTTP 400", "invalid_client",
                                "SHOPIFY_CLIENT_SECRET", "Dev Dashboard")));
        assertThat(shopify.tokenRequests()).hasSize(1);
        assertThat(shopify.graphqlRequests()).isEmpty();
    }

    @Test
    void an_app_not_installed_on_the_shop_is_a_token_refusal_saying_to_install_it() {
        shopify.tokenAnswer(aResponse().withStatus(400).withHeader("Content-Type", "text/plain")
                .withBody(ShopifyServer.contract("access-token-app-not-installed.txt")));

        assertThat(failure()).isInstanceOfSatisfying(Unauthorized.class, refused -> assertThat(refused.refusal())
                .isInstanceOfSatisfying(LookupRefusal.TokenRefused.class, token -> assertThat(token.detail())
                        // The shop, not the host SHOPIFY_BASE_URL sends requests to (here a stand-in on localhost).
                        .contains("the app is not installed on quilt-corner.myshopify.com", "app_not_installed",
                                "The application is not installed on this shop", "install it on this store")
                        .doesNotContain("localhost")));
    }

    @Test
    void a_refusal_echoing_the_secret_never_repeats_it() {
        shopify.tokenAnswer(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"bad client_secret "
                        + ShopifyServer.CLIENT_SECRET + "\"}"));

        assertThat(((Unauthorized) failure()).refusal().detail()).contains("bad client_secret ****", "HTTP 401")
                .doesNotContain(ShopifyServer.CLIENT_SECRET);
    }

    @Test
    void a_token_endpoint_failing_with_5xx_is_retried_then_left_for_later() {
        shopify.tokenAnswersInTurn(aResponse().withStatus(502), ShopifyServer.json(token(FIRST, 86_399)));
        shopify.answer(ShopifyServer.json(SPLIT));
        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);

        var other = new ShopifyServer();
        try (var down = new ShopifyOrderHistory(other.clientCredentialsSettings(), other.clock, other.waits::add)) {
            other.tokenAnswer(aResponse().withStatus(503));
            assertThat(catchThrowable(() -> down.recentOrders(MARIA, 3))).isInstanceOf(RetryLater.class);
            // One for the scope check before the lookup, then the query's three attempts.
            assertThat(other.tokenRequests()).hasSize(1 + 3);
        } finally {
            other.close();
        }
    }

    @Test
    void a_refused_token_request_makes_shopify_unreachable_with_the_reason() {
        shopify.tokenAnswer(aResponse().withStatus(400).withBody(ShopifyServer.contract("access-token-app-not-installed.txt")));

        assertThat(client.reachability()).isInstanceOfSatisfying(Reachability.Unreachable.class,
                unreachable -> assertThat(unreachable.reason()).contains("not installed"));
        assertThat(client.inspect()).isInstanceOf(ShopifyInspection.Unreachable.class);
    }

    @Test
    void a_token_without_a_required_scope_refuses_the_lookup_before_asking_for_orders() {
        shopify.tokenAnswer(ShopifyServer.json(ShopifyServer.token(FIRST, 86_399,
                List.of("read_orders", "read_merchant_managed_fulfillment_orders", "read_third_party_fulfillment_orders"))));
        shopify.answer(ShopifyServer.json(ShopifyServer.contract("access-scopes.json")));

        assertThat(failure()).isInstanceOfSatisfying(Unauthorized.class, refused -> assertThat(refused.refusal())
                .isInstanceOfSatisfying(LookupRefusal.PermissionDenied.class, denied -> {
                    assertThat(denied.scope()).contains("read_customers");
                    assertThat(denied.detail()).contains("lacks the access scope read_customers (the customer an order"
                            + " belongs to)");
                }));
        // The shop was asked once whether the scope had been granted since; no orders query was sent.
        assertThat(shopify.graphqlRequests()).singleElement().satisfies(request -> assertThat(request.getBodyAsString())
                .contains("currentAppInstallation").doesNotContain("orders("));
    }

    @Test
    void a_scope_granted_since_counts_from_the_next_token_without_waiting_for_the_recheck() {
        var lacking = List.of("read_orders", "read_merchant_managed_fulfillment_orders", "read_third_party_fulfillment_orders");
        // Tokens live two minutes here, well inside the recheck period of the installation query.
        shopify.tokenAnswersInTurn(ShopifyServer.json(ShopifyServer.token(FIRST, 120, lacking)),
                ShopifyServer.json(token(SECOND, 120)));
        shopify.answerInTurn(ShopifyServer.json(ShopifyServer.contract("access-scopes.json")), ShopifyServer.json(SPLIT));
        assertThat(failure()).isInstanceOf(Unauthorized.class);

        // The operator grants the scope and updates the app; the next token carries it.
        shopify.clock.advance(Duration.ofMinutes(2));
        assertThat(ShopifyOrderHistory.RECHECK_SCOPES).isGreaterThan(Duration.ofMinutes(2));

        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);
        assertThat(issued).containsExactly(FIRST, SECOND);
    }

    @Test
    void write_scopes_imply_read_scopes() {
        shopify.tokenAnswer(ShopifyServer.json(ShopifyServer.token(FIRST, 86_399, List.of("write_orders", "write_customers",
                "write_merchant_managed_fulfillment_orders", "write_third_party_fulfillment_orders"))));
        shopify.answer(ShopifyServer.json(SPLIT));

        assertThat(client.recentOrders(MARIA, 3)).hasSize(1);
    }
}
