package dev.gorgiasbridge.adapters.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** WireMock on a random port playing the shop's Admin API, with a client pointed at it that waits for nothing. */
final class ShopifyServer implements AutoCloseable {
    static final String TOKEN = "shpat_test0123456789abcdef0123456789";
    static final String PATH = "/admin/api/2025-10/graphql.json";
    static final String TOKEN_PATH = "/admin/oauth/access_token";
    static final String CLIENT_ID = "8f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f";
    static final String CLIENT_SECRET = "shpss_0123456789abcdef0123456789abcdef";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer wireMock;
    final MutableClock clock = new MutableClock();
    /** The throttle waits the client asked for, in order, instead of sleeping through them. */
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<ShopifyOrderHistory> clients = new CopyOnWriteArrayList<>();

    ShopifyServer(Extension... extensions) {
        wireMock = new WireMockServer(options().dynamicPort().extensions(extensions));
        wireMock.start();
    }

    /** A 1 ms backoff, so retries cost next to no time. */
    ShopifySettings settings() {
        return ShopifySettings.forShop("quilt-corner", "2025-10", TOKEN)
                .withBaseUrl(URI.create(wireMock.baseUrl()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(3, Duration.ofMillis(1))
                .withCircuitBreaker(4, Duration.ofSeconds(30));
    }

    /** The same, authenticating with the client credentials grant against this server's token endpoint. */
    ShopifySettings clientCredentialsSettings() {
        return ShopifySettings.forShop("quilt-corner", "2025-10", new ShopifyCredentials.ClientCredentials(CLIENT_ID, CLIENT_SECRET))
                .withBaseUrl(URI.create(wireMock.baseUrl()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(3, Duration.ofMillis(1))
                .withCircuitBreaker(4, Duration.ofSeconds(30));
    }

    /** The token endpoint answers this, every time. */
    void tokenAnswer(ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(response));
    }

    /** The token endpoint answers these in turn; the last one repeats. */
    void tokenAnswersInTurn(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            var stub = post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "token " + i)
                    .willReturn(responses[i]);
            wireMock.stubFor(i == responses.length - 1 ? stub : stub.willSetStateTo("token " + (i + 1)));
        }
    }

    /** A token answer like the documented one, with this token, lifetime and scopes. */
    static String token(String token, long expiresIn, java.util.Collection<String> scopes) {
        return "{\"access_token\":\"" + token + "\",\"scope\":\"" + String.join(",", scopes) + "\",\"expires_in\":"
                + expiresIn + "}";
    }

    /** The installation query's answer: the shop's name and these granted scopes. */
    static String installation(String shopName, java.util.Collection<String> scopes) {
        var root = JSON.createObjectNode();
        var data = root.putObject("data");
        data.putObject("shop").put("name", shopName);
        var list = data.putObject("currentAppInstallation").putArray("accessScopes");
        scopes.forEach(scope -> list.addObject().put("handle", scope));
        return root.toString();
    }

    List<LoggedRequest> tokenRequests() {
        return wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    List<LoggedRequest> graphqlRequests() {
        return wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(PATH)));
    }

    /** A client closed with the server. */
    ShopifyOrderHistory client(ShopifySettings settings) {
        var client = new ShopifyOrderHistory(settings, clock, waits::add);
        clients.add(client);
        return client;
    }

    ShopifyOrderHistory client() {
        return client(settings());
    }

    static String contract(String name) {
        try (InputStream in = ShopifyServer.class.getResourceAsStream("/contracts/shopify/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder json(String body) {
        return WireMock.aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    void answer(ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(response));
    }

    /** These answers in turn; the last one repeats. */
    void answerInTurn(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            var stub = post(urlPathEqualTo(PATH)).inScenario("in turn")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willReturn(responses[i]);
            wireMock.stubFor(i == responses.length - 1 ? stub : stub.willSetStateTo("answer " + (i + 1)));
        }
    }

    List<LoggedRequest> requests() {
        return wireMock.findAll(anyRequestedFor(anyUrl()));
    }

    /** The JSON bodies the client posted, in order. */
    List<JsonNode> bodies() {
        return requests().stream().map(r -> JSON.readTree(r.getBodyAsString())).toList();
    }

    @Override
    public void close() {
        clients.forEach(ShopifyOrderHistory::close);
        wireMock.stop();
    }
}
