package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.gorgiasbridge.adapters.shopify.ApiVersion;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gorgias and Shopify on one WireMock server, answering with the documented contract payloads. */
final class FakeHelpdeskAndShop implements AutoCloseable {
    /** The newest stable API version today, which the doctor never warns about. */
    static final String SHOPIFY_VERSION = ApiVersion.newestOn(LocalDate.now(ZoneOffset.UTC)).toString();
    static final String SHOPIFY_PATH = "/admin/api/" + SHOPIFY_VERSION + "/graphql.json";
    static final String TOKEN_PATH = "/admin/oauth/access_token";
    static final String CLIENT_ID = "e2e0c11e5717d0123456789abcdef012";
    static final String CLIENT_SECRET = "shpss_e2e0123456789abcdef0123456789";
    /** The token the contract's token answer carries. */
    static final String ISSUED_TOKEN = "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";
    static final List<String> GRANTED_SCOPES = List.of("read_orders", "read_customers",
            "read_merchant_managed_fulfillment_orders", "read_third_party_fulfillment_orders",
            "read_marketplace_fulfillment_orders", "read_all_orders");

    final WireMockServer server = new WireMockServer(options().dynamicPort());
    // A Gorgias account of its own per test: the client-side API limit lives in the shared Redis.
    private final String account = "e2e-" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), 0, 4);

    FakeHelpdeskAndShop() {
        server.start();
        shopAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(RunningBridge.contract("shopify/orders-split-shipment.json")));
        notesAnswer(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(RunningBridge.contract("gorgias/create-message-response.json")));
        ticketMessages("[]");
        // The health checks' cheap questions: the account, and the shop's name.
        server.stubFor(get(urlPathEqualTo("/api/account")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"domain\":\"" + account + "\"}")));
        // The shop's name and the scopes granted to the app, with the version asked for.
        server.stubFor(post(urlPathEqualTo(SHOPIFY_PATH)).withRequestBody(containing("shop { name }")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("X-Shopify-API-Version", SHOPIFY_VERSION)
                        .withBody("{\"data\":{\"shop\":{\"name\":\"Linda's Sewing\"},\"currentAppInstallation\":"
                                + "{\"accessScopes\":[" + String.join(",", GRANTED_SCOPES.stream()
                                .map(scope -> "{\"handle\":\"" + scope + "\"}").toList()) + "]}}}")));
        // The client credentials grant, for instances configured with a client id and secret.
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(RunningBridge.contract("shopify/access-token.json"))));
    }

    /** Every access token request, oldest first. */
    List<LoggedRequest> tokenRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    /** Every Admin API request, oldest first. */
    List<LoggedRequest> shopRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(SHOPIFY_PATH)));
    }

    /** What listing any ticket's messages answers: a JSON array of messages, one page. */
    void ticketMessages(String messagesJson) {
        server.stubFor(get(urlPathMatching("/api/tickets/[0-9]+/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":" + messagesJson + ",\"meta\":{\"next_cursor\":null}}")));
    }

    void shopAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo(SHOPIFY_PATH)).atPriority(5).willReturn(answer));
    }

    void notesAnswer(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathMatching("/api/tickets/[0-9]+/messages"))
                .withHeader("Content-Type", equalTo("application/json")).willReturn(answer));
    }

    /** Every note posted on any ticket, oldest first. */
    List<LoggedRequest> notesPosted() {
        return server.findAll(postRequestedFor(urlPathMatching("/api/tickets/[0-9]+/messages")));
    }

    /** The environment that points the service at this fake. */
    Map<String, String> environment() {
        var env = new HashMap<String, String>();
        // Real-looking credentials need an explicit environment; tests that want another override it.
        env.put("APP_ENV", "development");
        env.put("GORGIAS_DOMAIN", account);
        env.put("GORGIAS_USERNAME", "bridge-bot@lindas.example");
        env.put("GORGIAS_API_KEY", "e2e-gorgias-api-key-0123456789");
        env.put("GORGIAS_BASE_URL", server.baseUrl());
        env.put("SHOPIFY_SHOP_NAME", "lindas");
        env.put("SHOPIFY_ACCESS_TOKEN", "shpat_e2e0123456789abcdef");
        env.put("SHOPIFY_API_VERSION", SHOPIFY_VERSION);
        env.put("SHOPIFY_BASE_URL", server.baseUrl());
        return env;
    }

    @Override
    public void close() {
        server.stop();
    }
}
