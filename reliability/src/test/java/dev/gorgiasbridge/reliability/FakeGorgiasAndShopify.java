package dev.gorgiasbridge.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gorgias and Shopify on one loopback WireMock server, answering with the documented contract payloads. */
final class FakeGorgiasAndShopify implements AutoCloseable {
    /** A version inside Shopify's support window today, so the service and its doctor have nothing to warn about. */
    private static final String API_VERSION = "2026-10";
    private static final String SHOPIFY_PATH = "/admin/api/" + FakeGorgiasAndShopify.API_VERSION + "/graphql.json";

    private final GorgiasTickets tickets = new GorgiasTickets();
    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(40).extensions(tickets));
    // An account per run: the client-side Gorgias limit is keyed by it, in Redis when one is shared.
    private final String account = "rel-" + UUID.randomUUID().toString().substring(0, 8);

    FakeGorgiasAndShopify() {
        this(java.time.Duration.ZERO);
    }

    /** As above, with every Shopify order lookup answered this late (the events stay leased meanwhile). */
    FakeGorgiasAndShopify(java.time.Duration orderLookupLatency) {
        server.start();
        var json = "application/json";
        server.stubFor(post(urlPathEqualTo(SHOPIFY_PATH)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withFixedDelay((int) orderLookupLatency.toMillis())
                .withHeader("Content-Type", json).withBody(Deliveries.contract("shopify/orders-split-shipment.json"))));
        // The health probe's question (shop name and granted scopes), answered as the documented installation.
        server.stubFor(post(urlPathEqualTo(SHOPIFY_PATH)).withRequestBody(containing("currentAppInstallation")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", json)
                        .withBody(Deliveries.contract("shopify/installation.json"))));
        server.stubFor(post(urlPathEqualTo(SHOPIFY_PATH)).withRequestBody(containing("shop { name }")).atPriority(2)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", json)
                        .withBody(Deliveries.contract("shopify/shop-name.json"))));
        server.stubFor(post(urlPathMatching("/api/tickets/[0-9]+/messages"))
                .willReturn(aResponse().withTransformers(GorgiasTickets.NAME)));
        server.stubFor(get(urlPathMatching("/api/tickets/[0-9]+/messages"))
                .willReturn(aResponse().withTransformers(GorgiasTickets.NAME)));
        server.stubFor(get(urlPathEqualTo("/api/account")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json).withBody("{\"domain\":\"" + account + "\"}")));
    }

    /** The external id of every note posted, in order; an id twice means a note posted twice. */
    List<String> notesPosted() {
        return tickets.posted();
    }

    /** The environment that points the service at this fake. */
    Map<String, String> environment() {
        var env = new HashMap<String, String>();
        // Real-looking credentials need an explicit environment.
        env.put("APP_ENV", "development");
        env.put("GORGIAS_DOMAIN", account);
        env.put("GORGIAS_USERNAME", "bridge-bot@lindas.example");
        env.put("GORGIAS_API_KEY", "reliability-gorgias-api-key-0123456789");
        env.put("GORGIAS_BASE_URL", server.baseUrl());
        env.put("SHOPIFY_SHOP_NAME", "lindas");
        env.put("SHOPIFY_ACCESS_TOKEN", "shpat_reliability0123456789abcdef");
        env.put("SHOPIFY_API_VERSION", API_VERSION);
        env.put("SHOPIFY_BASE_URL", server.baseUrl());
        return env;
    }

    @Override
    public void close() {
        server.stop();
    }
}
