package dev.gorgiasbridge.adapters.shopify;

import static dev.gorgiasbridge.adapters.shopify.GraphqlExchange.SERVICE;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client credentials grant: {@code POST {shop}/admin/oauth/access_token} with the form fields
 * {@code grant_type=client_credentials}, {@code client_id}, {@code client_secret}; the answer carries
 * {@code access_token}, {@code scope} and {@code expires_in} (about a day)
 * (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/client-credentials-grant).
 * A refusal becomes a {@link LookupRefusal.TokenRefused} naming what to fix; the secret never appears in a
 * message, even when Shopify echoes it.
 */
final class TokenEndpoint {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Shopify's own words are cut to this, so the advice that follows them always fits a refusal. */
    private static final int MAX_SAID = 100;
    private static final Pattern OAUTH_ERROR = Pattern.compile("(?i)oauth error ([a-z_]+)\\s*:?\\s*(.*)");

    private final HttpClient http;
    private final URI endpoint;
    private final String shopHost;
    private final ShopifyCredentials.ClientCredentials credentials;
    private final Duration timeout;
    private final Clock clock;

    TokenEndpoint(HttpClient http, ShopifySettings settings, ShopifyCredentials.ClientCredentials credentials, Clock clock) {
        this.http = http;
        this.endpoint = settings.tokenEndpoint();
        this.shopHost = settings.shopHost();
        this.credentials = credentials;
        this.timeout = settings.requestTimeout();
        this.clock = clock;
    }

    /**
     * A new access token.
     *
     * @throws AttemptFailure            when worth another attempt (5xx, timeout, 429)
     * @throws ExternalServiceException  when refused ({@link Unauthorized}) or unreadable ({@link Permanent})
     */
    AccessGrant request() {
        String form = "grant_type=client_credentials&client_id=" + encode(credentials.clientId())
                + "&client_secret=" + encode(credentials.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AttemptFailure.Transient("no answer from the token endpoint within the timeout", e);
        } catch (IOException e) {
            throw new AttemptFailure.Transient("connection to the token endpoint failed (" + e.getClass().getSimpleName()
                    + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException.RetryLater(SERVICE, "interrupted while asking for an access token",
                    Optional.empty(), e);
        }
        return answer(response);
    }

    private AccessGrant answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 429) {
            throw new AttemptFailure.Throttled("HTTP 429 from the token endpoint",
                    ThrottleWaits.fromRetryAfter(response.headers().firstValue("Retry-After"), clock));
        }
        if (status >= 500) {
            throw new AttemptFailure.Transient("HTTP " + status + " from the token endpoint", null);
        }
        if (status == 404) {
            throw new Unauthorized(SERVICE, new LookupRefusal.TokenRefused("the access token request found no shop at "
                    + shopHost + " (HTTP 404): check SHOPIFY_SHOP_NAME"));
        }
        if (status < 200 || status >= 300) {
            throw new Unauthorized(SERVICE, new LookupRefusal.TokenRefused(refusal(status, response.body())));
        }
        return grant(response.body());
    }

    private AccessGrant grant(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new Permanent(SERVICE, "the token endpoint's answer is not JSON", null);
        }
        JsonNode token = root == null ? null : root.path("access_token");
        if (token == null || !token.isString() || token.stringValue().isEmpty()
                || !token.stringValue().chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new Permanent(SERVICE, "the token endpoint answered without a usable access_token", null);
        }
        return AccessGrant.issued(token.stringValue(), clock.instant(), lifetime(root.path("expires_in")),
                scopes(root.path("scope")));
    }

    /** {@code expires_in} seconds, as a number or a numeric string; none when absent or unreadable. */
    private static Optional<Duration> lifetime(JsonNode expiresIn) {
        long seconds = -1;
        if (expiresIn.isIntegralNumber()) {
            seconds = expiresIn.longValue();
        } else if (expiresIn.isString() && expiresIn.stringValue().strip().matches("\\d{1,9}")) {
            seconds = Long.parseLong(expiresIn.stringValue().strip());
        }
        return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }

    private static Optional<Set<String>> scopes(JsonNode scope) {
        if (!scope.isString()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(scope.stringValue().split("[,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** What was refused and what to fix, from an OAuth error ({@code error}, {@code error_description}) or text. */
    private String refusal(int status, String body) {
        String code = "";
        String description = "";
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.isObject()) {
                code = text(root.path("error"));
                description = text(root.path("error_description"));
                if (description.isEmpty()) {
                    description = text(root.path("errors"));
                }
            }
        } catch (JacksonException notJson) {
            Matcher oauth = OAUTH_ERROR.matcher(body == null ? "" : body.strip());
            if (oauth.find()) {
                code = oauth.group(1).toLowerCase(java.util.Locale.ROOT);
                description = oauth.group(2);
            }
        }
        String said = scrub(code.isEmpty() ? description : description.isEmpty() ? code : code + ": " + description);
        String heard = " (HTTP " + status + (said.isEmpty() ? "" : ", " + said) + ")";
        return switch (code) {
            case "invalid_client", "unauthorized_client" -> "Shopify did not accept the app's client credentials" + heard
                    + ": check SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET against the app's Settings in the Dev"
                    + " Dashboard (was the secret rotated?)";
            case "app_not_installed" -> "the app is not installed on " + shopHost + heard
                    + ": install it on this store from the Dev Dashboard";
            default -> status == 401 || status == 403
                    ? "Shopify refused the access token request" + heard + ": check SHOPIFY_CLIENT_ID and"
                    + " SHOPIFY_CLIENT_SECRET, and that the app is installed on " + shopHost
                    : "Shopify refused the access token request" + heard;
        };
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }

    /** Shopify's words on one short line, with our secret masked should they repeat it. */
    private String scrub(String said) {
        String line = GraphqlExchange.printable(said.replace(credentials.clientSecret(), "****")).strip();
        return line.length() <= MAX_SAID ? line : line.substring(0, MAX_SAID) + "…";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
