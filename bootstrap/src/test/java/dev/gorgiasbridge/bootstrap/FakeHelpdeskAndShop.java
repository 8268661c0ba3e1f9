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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gorgias and Shopify on one WireMock server, answering with the documented contract payloads. */
final class FakeHelpdeskAndShop implements AutoCloseable {
    static final String SHOPIFY_PATH = "/admin/api/2025-10/graphql.json";

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
        server.stubFor(post(urlPathEqualTo(SHOPIFY_PATH)).withRequestBody(containing("shop { name }")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"shop\":{\"name\":\"Linda's Sewing\"}}}")));
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
        env.put("SHOPIFY_API_VERSION", "2025-10");
        env.put("SHOPIFY_BASE_URL", server.baseUrl());
        return env;
    }

    @Override
    public void close() {
        server.stop();
    }
}
