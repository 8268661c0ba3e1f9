package dev.gorgiasbridge.adapters.gorgias;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and as whom the Gorgias client talks: the base URL (paths below it are the documented
 * {@code /api/...}), HTTP Basic credentials, the note sender and timeouts. {@link #toString()} hides the key.
 *
 * @param baseUrl        {@code https://{accountDomain}.gorgias.com} unless overridden (GORGIAS_BASE_URL), e.g.
 *                       for contract tests or a relay; a path prefix is kept
 * @param accountDomain  the account subdomain (GORGIAS_DOMAIN); also the key of the client-side rate limit
 * @param username       the API user's email (GORGIAS_USERNAME)
 * @param apiKey         the API key (GORGIAS_API_KEY)
 * @param senderEmail    the {@code sender.email} of posted notes; by default the username
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for each answer
 */
public record GorgiasSettings(URI baseUrl, String accountDomain, String username, String apiKey, String senderEmail,
                              Duration connectTimeout, Duration requestTimeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    public GorgiasSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (accountDomain == null || !SUBDOMAIN.matcher(accountDomain).matches()) {
            throw new IllegalArgumentException("the account domain must be the NAME in NAME.gorgias.com");
        }
        if (username == null || username.isBlank() || apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("Gorgias needs a username and an API key");
        }
        if (senderEmail == null || senderEmail.isBlank()) {
            throw new IllegalArgumentException("notes need a sender email");
        }
        if (!baseUrl.isAbsolute() || !("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the Gorgias base URL must be an absolute http(s) URL");
        }
        // Credentials belong in username/apiKey only: a URL is shown in logs and error messages.
        if (baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null) {
            throw new IllegalArgumentException("the Gorgias base URL must carry neither credentials nor a query");
        }
        baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** Settings for the account with the defaults: the account's own URL, the username as sender, default timeouts. */
    public static GorgiasSettings of(String accountDomain, String username, String apiKey) {
        String domain = accountDomain == null ? null : accountDomain.strip().toLowerCase(Locale.ROOT);
        return new GorgiasSettings(defaultBaseUrl(domain), domain, username, apiKey, username,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** {@code https://{accountDomain}.gorgias.com}. */
    public static URI defaultBaseUrl(String accountDomain) {
        return URI.create("https://" + accountDomain + ".gorgias.com");
    }

    public GorgiasSettings withBaseUrl(URI url) {
        return new GorgiasSettings(url, accountDomain, username, apiKey, senderEmail, connectTimeout, requestTimeout);
    }

    public GorgiasSettings withSenderEmail(String email) {
        return new GorgiasSettings(baseUrl, accountDomain, username, apiKey, email, connectTimeout, requestTimeout);
    }

    public GorgiasSettings withTimeouts(Duration connect, Duration request) {
        return new GorgiasSettings(baseUrl, accountDomain, username, apiKey, senderEmail, connect, request);
    }

    /** The {@code Authorization} header value. */
    String authorization() {
        String pair = username + ":" + apiKey;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The absolute URI of a documented path such as {@code /api/account}. */
    URI resolve(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    @Override
    public String toString() {
        return "GorgiasSettings[baseUrl=" + baseUrl + ", accountDomain=" + accountDomain + ", username=" + username
                + ", apiKey=****, senderEmail=" + senderEmail + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + "]";
    }
}
