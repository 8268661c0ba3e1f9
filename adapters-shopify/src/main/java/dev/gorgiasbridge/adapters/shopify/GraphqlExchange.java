package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.NotFound;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One POST of a GraphQL document to the Admin API and its answer sorted: the {@code data} object, an
 * {@link AttemptFailure} worth another attempt, or a typed {@link ExternalServiceException} that is final.
 * The token comes from the {@link TokenSource}; a 401 on a token believed valid is retried once with a
 * renewed one. Every answer's API version headers go to the {@link ApiVersionWatch}.
 */
final class GraphqlExchange implements AutoCloseable {
    static final String SERVICE = "shopify";
    static final String TOKEN_HEADER = "X-Shopify-Access-Token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGE_LENGTH = 200;

    private final HttpClient http;
    private final URI endpoint;
    private final String shopDomain;
    private final String apiVersion;
    private final TokenSource tokens;
    private final ApiVersionWatch versions;
    private final Duration requestTimeout;
    private final Clock clock;

    GraphqlExchange(ShopifySettings settings, Clock clock, Consumer<String> tokenIssued) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the token elsewhere
                .build();
        this.endpoint = settings.graphqlEndpoint();
        this.shopDomain = settings.shopHost();
        this.apiVersion = settings.apiVersion();
        this.tokens = TokenSource.of(settings.credentials(), client -> new TokenEndpoint(http, settings, client, clock),
                clock, tokenIssued);
        this.versions = new ApiVersionWatch(settings.apiVersion());
        this.requestTimeout = settings.requestTimeout();
        this.clock = clock;
    }

    TokenSource tokens() {
        return tokens;
    }

    ApiVersionWatch versions() {
        return versions;
    }

    JsonNode post(String document, Map<String, Object> variables) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", document);
        body.put("variables", variables);
        String json = JSON.writeValueAsString(body);
        String token = tokens.token();
        HttpResponse<String> response = send(json, token);
        if (response.statusCode() == 401) {
            Optional<String> renewed = tokens.renewAfterRejection(token);
            if (renewed.isPresent()) {
                response = send(json, renewed.get());
            }
        }
        versions.observe(response.headers());
        return answer(response);
    }

    private HttpResponse<String> send(String json, String token) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AttemptFailure.Transient("no answer within the timeout", e);
        } catch (IOException e) {
            throw new AttemptFailure.Transient("connection failed (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException.RetryLater(SERVICE, "interrupted while waiting for Shopify",
                    Optional.empty(), e);
        }
    }

    private JsonNode answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401) {
            throw new Unauthorized(SERVICE, new LookupRefusal.CredentialsRefused("Shopify refused the access token"
                    + " (HTTP 401): check " + tokens.describe()));
        }
        if (status == 403) {
            throw new Unauthorized(SERVICE, new LookupRefusal.PermissionDenied("Shopify refused the request (HTTP 403):"
                    + " the app lacks a permission the lookup needs; check its access scopes (docs/shopify-setup.md)",
                    Optional.empty()));
        }
        if (status == 404) {
            throw new NotFound(SERVICE, "HTTP 404: no shop " + shopDomain + " or no API version " + apiVersion
                    + " there (check SHOPIFY_SHOP_NAME and SHOPIFY_API_VERSION)");
        }
        if (status == 429) {
            throw new AttemptFailure.Throttled("HTTP 429",
                    ThrottleWaits.fromRetryAfter(response.headers().firstValue("Retry-After"), clock));
        }
        if (status >= 500) {
            throw new AttemptFailure.Transient("HTTP " + status, null);
        }
        if (status < 200 || status >= 300) {
            throw new Permanent(SERVICE, "HTTP " + status, null);
        }
        return GraphqlAnswer.data(parse(response.body()));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new Permanent(SERVICE, "the answer is not a JSON object", null);
            }
            return root;
        } catch (JacksonException e) {
            throw new Permanent(SERVICE, "the answer is not valid JSON", e);
        }
    }

    /** Shopify's text, shortened and on one line, for messages that reach logs and operators. */
    static String printable(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= MAX_MESSAGE_LENGTH ? line : line.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    @Override
    public void close() {
        http.close();
    }
}
