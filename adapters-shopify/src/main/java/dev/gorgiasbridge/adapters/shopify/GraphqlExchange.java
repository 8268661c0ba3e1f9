package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.application.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.port.out.ExternalServiceException.NotFound;
import dev.gorgiasbridge.application.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.port.out.ExternalServiceException.Unauthorized;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One POST of a GraphQL document to the Admin API and its answer sorted: the {@code data} object, an
 * {@link AttemptFailure} worth another attempt, or a typed {@link ExternalServiceException} that is final.
 */
final class GraphqlExchange implements AutoCloseable {
    static final String SERVICE = "shopify";
    static final String TOKEN_HEADER = "X-Shopify-Access-Token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGE_LENGTH = 200;

    private final HttpClient http;
    private final URI endpoint;
    private final String token;
    private final Duration requestTimeout;
    private final Clock clock;

    GraphqlExchange(ShopifySettings settings, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the token elsewhere
                .build();
        this.endpoint = settings.graphqlEndpoint();
        this.token = settings.accessToken();
        this.requestTimeout = settings.requestTimeout();
        this.clock = clock;
    }

    JsonNode post(String document, Map<String, Object> variables) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AttemptFailure.Transient("no answer within the timeout", e);
        } catch (IOException e) {
            throw new AttemptFailure.Transient("connection failed (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException.RetryLater(SERVICE, "interrupted while waiting for Shopify",
                    Optional.empty(), e);
        }
        return answer(response);
    }

    private JsonNode answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new Unauthorized(SERVICE, "HTTP " + status + ": the access token was refused");
        }
        if (status == 404) {
            throw new NotFound(SERVICE, "HTTP 404: no such shop or API version at " + endpoint);
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
