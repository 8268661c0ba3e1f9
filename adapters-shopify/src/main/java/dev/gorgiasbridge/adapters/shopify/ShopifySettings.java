package dev.gorgiasbridge.adapters.shopify;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach one shop's GraphQL Admin API, and how patiently. {@link #toString()} never shows a secret.
 *
 * @param baseUrl             {@code https://{shop}.myshopify.com} unless overridden ({@code SHOPIFY_BASE_URL}, for
 *                            contract tests and relays); the documented path is appended below it
 * @param maxOrders           the most orders one lookup returns, whatever the caller asks (at most {@value #MAX_ORDERS})
 * @param maxAttempts         attempts per request when Shopify fails with 5xx, a timeout or a broken connection
 * @param initialBackoff      the wait before the second such attempt; it doubles for each later one
 * @param throttleAttempts    attempts per request when Shopify throttles (HTTP 200 {@code THROTTLED} or 429)
 * @param maxThrottleWait     the longest wait for Shopify's bucket to refill; a longer one is left to the caller
 * @param circuitMinimumCalls calls counted before the circuit breaker may open (half of them failing opens it)
 * @param circuitOpenDuration how long an open circuit refuses calls without sending them
 * @param shopDomain          the shop's own domain ({@code {shop}.myshopify.com}), which messages name: a
 *                            {@code SHOPIFY_BASE_URL} stand-in or relay changes where requests go, not which shop
 */
public record ShopifySettings(
        URI baseUrl,
        String apiVersion,
        ShopifyCredentials credentials,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxOrders,
        int maxAttempts,
        Duration initialBackoff,
        int throttleAttempts,
        Duration maxThrottleWait,
        int circuitMinimumCalls,
        Duration circuitOpenDuration,
        String shopDomain) {

    /** The newest stable version (released 2026-10-01, supported until at least 2027-10-01); see {@link ApiVersion}. */
    public static final String DEFAULT_API_VERSION = "2026-10";
    public static final int MAX_ORDERS = 20;
    private static final Pattern SHOP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern API_VERSION = Pattern.compile("\\d{4}-\\d{2}|unstable");

    public ShopifySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme())) || baseUrl.getHost() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Shopify base URL must be http(s)://host[:port][/path], got " + baseUrl);
        }
        if (apiVersion == null || !API_VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("Shopify API version must look like 2026-10, got " + apiVersion);
        }
        Objects.requireNonNull(credentials, "credentials");
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        positive(initialBackoff, "initialBackoff");
        positive(maxThrottleWait, "maxThrottleWait");
        positive(circuitOpenDuration, "circuitOpenDuration");
        if (maxOrders < 1 || maxOrders > MAX_ORDERS) {
            throw new IllegalArgumentException("maxOrders must be 1.." + MAX_ORDERS + ", got " + maxOrders);
        }
        if (maxAttempts < 1 || throttleAttempts < 1 || circuitMinimumCalls < 1) {
            throw new IllegalArgumentException("attempt and call counts must be at least 1");
        }
        if (shopDomain == null || shopDomain.isBlank()) {
            shopDomain = baseUrl.getHost();
        }
    }

    /** Settings for the shop at {@code baseUrl}'s host. */
    public ShopifySettings(URI baseUrl, String apiVersion, ShopifyCredentials credentials, Duration connectTimeout,
                           Duration requestTimeout, int maxOrders, int maxAttempts, Duration initialBackoff,
                           int throttleAttempts, Duration maxThrottleWait, int circuitMinimumCalls,
                           Duration circuitOpenDuration) {
        this(baseUrl, apiVersion, credentials, connectTimeout, requestTimeout, maxOrders, maxAttempts, initialBackoff,
                throttleAttempts, maxThrottleWait, circuitMinimumCalls, circuitOpenDuration, null);
    }

    /** The production defaults for {@code https://{shopName}.myshopify.com} with a legacy access token. */
    public static ShopifySettings forShop(String shopName, String apiVersion, String accessToken) {
        return forShop(shopName, apiVersion, new ShopifyCredentials.AccessToken(accessToken));
    }

    /** The production defaults for {@code https://{shopName}.myshopify.com}. */
    public static ShopifySettings forShop(String shopName, String apiVersion, ShopifyCredentials credentials) {
        if (shopName == null || !SHOP_NAME.matcher(shopName).matches()) {
            throw new IllegalArgumentException("Shopify shop name must be the NAME in NAME.myshopify.com");
        }
        return new ShopifySettings(URI.create("https://" + shopName + ".myshopify.com"), apiVersion, credentials,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 5, 3, Duration.ofMillis(500), 3, Duration.ofSeconds(10),
                10, Duration.ofSeconds(30), shopName + ".myshopify.com");
    }

    public ShopifySettings withBaseUrl(URI url) {
        return new ShopifySettings(url, apiVersion, credentials, connectTimeout, requestTimeout, maxOrders,
                maxAttempts, initialBackoff, throttleAttempts, maxThrottleWait, circuitMinimumCalls, circuitOpenDuration, shopDomain);
    }

    public ShopifySettings withTimeouts(Duration connect, Duration request) {
        return new ShopifySettings(baseUrl, apiVersion, credentials, connect, request, maxOrders,
                maxAttempts, initialBackoff, throttleAttempts, maxThrottleWait, circuitMinimumCalls, circuitOpenDuration, shopDomain);
    }

    public ShopifySettings withMaxOrders(int max) {
        return new ShopifySettings(baseUrl, apiVersion, credentials, connectTimeout, requestTimeout, max,
                maxAttempts, initialBackoff, throttleAttempts, maxThrottleWait, circuitMinimumCalls, circuitOpenDuration, shopDomain);
    }

    public ShopifySettings withRetries(int attempts, Duration firstBackoff) {
        return new ShopifySettings(baseUrl, apiVersion, credentials, connectTimeout, requestTimeout, maxOrders,
                attempts, firstBackoff, throttleAttempts, maxThrottleWait, circuitMinimumCalls, circuitOpenDuration, shopDomain);
    }

    public ShopifySettings withThrottling(int attempts, Duration maxWait) {
        return new ShopifySettings(baseUrl, apiVersion, credentials, connectTimeout, requestTimeout, maxOrders,
                maxAttempts, initialBackoff, attempts, maxWait, circuitMinimumCalls, circuitOpenDuration, shopDomain);
    }

    public ShopifySettings withCircuitBreaker(int minimumCalls, Duration openDuration) {
        return new ShopifySettings(baseUrl, apiVersion, credentials, connectTimeout, requestTimeout, maxOrders,
                maxAttempts, initialBackoff, throttleAttempts, maxThrottleWait, minimumCalls, openDuration, shopDomain);
    }

    /** {@code {baseUrl}/admin/api/{version}/graphql.json}; a relay's path prefix in the base URL is kept. */
    public URI graphqlEndpoint() {
        return URI.create(base() + "/admin/api/" + apiVersion + "/graphql.json");
    }

    /** {@code {baseUrl}/admin/oauth/access_token}, where the client credentials grant is asked for. */
    public URI tokenEndpoint() {
        return URI.create(base() + "/admin/oauth/access_token");
    }

    /** The shop's domain, e.g. {@code quilt-corner.myshopify.com}, for messages, whatever the base URL. */
    String shopHost() {
        return shopDomain;
    }

    private String base() {
        return baseUrl.toString().replaceFirst("/+$", "");
    }

    @Override
    public String toString() {
        return "ShopifySettings[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", credentials=" + credentials
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", maxOrders=" + maxOrders
                + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", throttleAttempts=" + throttleAttempts + ", maxThrottleWait=" + maxThrottleWait
                + ", circuitMinimumCalls=" + circuitMinimumCalls + ", circuitOpenDuration=" + circuitOpenDuration
                + ", shopDomain=" + shopDomain + "]";
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
