package dev.gorgiasbridge.bootstrap.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Everything the service is configured with, read from the environment by {@link SettingsReader}.
 * Secrets are {@link Secret}s, so printing settings never prints a secret.
 *
 * @param host           the address the HTTP server listens on
 * @param inboxRetention how long the payloads of finished events are kept
 */
public record Settings(
        AppEnv env,
        int port,
        String host,
        Optional<DatabaseUrl> database,
        int dbPoolSize,
        Optional<URI> redisUrl,
        Gorgias gorgias,
        Shopify shopify,
        Optional<Secret> jwtSecret,
        long webhookMaxBytes,
        List<String> corsAllowedOrigins,
        LogFormat logFormat,
        Optional<Secret> sentryDsn,
        Ai ai,
        List<String> trustedProxies,
        WebhookRates webhookRates,
        int workerConcurrency,
        java.time.Duration orderCacheTtl,
        Optional<Secret> metricsToken,
        java.time.Duration inboxRetention,
        WebhookBodies webhookBodies) {

    /**
     * Gorgias account access and the secrets webhooks must present.
     *
     * @param webhookTimestampRequired whether a signing relay must send its timestamp with every signature
     */
    public record Gorgias(Optional<String> domain, Optional<String> username, Optional<Secret> apiKey,
                          List<Secret> webhookTokens, List<Secret> webhookSecrets, Optional<URI> baseUrl,
                          Optional<String> senderEmail, boolean webhookTimestampRequired) {

        /** Whether notes can be posted: account, user and key are all set. */
        public boolean apiConfigured() {
            return domain.isPresent() && username.isPresent() && apiKey.isPresent();
        }
    }

    /**
     * Shopify Admin API access: a Dev Dashboard app's client id and secret (client credentials grant) or a
     * legacy custom app's access token; and the name replies are signed with.
     *
     * @param storeName {@code STORE_NAME}: signs replies instead of the shop's display name from Shopify
     */
    public record Shopify(Optional<String> shopName, Optional<Secret> accessToken, String apiVersion,
                          Optional<URI> baseUrl, Optional<String> clientId, Optional<Secret> clientSecret,
                          Optional<String> storeName) {

        /** Whether orders can be looked up: the shop and one way to authenticate are set. */
        public boolean configured() {
            return shopName.isPresent() && (accessToken.isPresent() || clientId.isPresent() && clientSecret.isPresent());
        }

        /** How to authenticate: the client credentials when both are set, else the access token. */
        public Optional<Authentication> authentication() {
            if (clientId.isPresent() && clientSecret.isPresent()) {
                return Optional.of(new Authentication.ClientCredentials(clientId.get(), clientSecret.get()));
            }
            return accessToken.map(Authentication.AccessToken::new);
        }

        /** The two ways to authenticate with Shopify (docs/shopify-setup.md). */
        public sealed interface Authentication {
            record ClientCredentials(String clientId, Secret clientSecret) implements Authentication {
            }

            record AccessToken(Secret token) implements Authentication {
            }
        }
    }

    /**
     * The OpenAI-compatible drafting endpoint; off unless a base URL is set.
     *
     * @param requestTimeout        the longest wait for one draft before the template writes it
     * @param maxRequestsPerMinute  requests per minute for the model, shared by every instance
     * @param allowMonetaryPromises whether AI drafts may mention refunds, discounts, credits and the like
     */
    public record Ai(Optional<URI> baseUrl, Optional<Secret> apiKey, Optional<String> model,
                     java.time.Duration requestTimeout, int maxRequestsPerMinute, boolean allowMonetaryPromises) {
    }

    /** Webhook rate limits: authenticated per second with a burst, failed authentications per minute. */
    public record WebhookRates(long perSecond, long burst, long unauthenticatedPerMinute) {
    }

    /**
     * How webhook bodies are read before their sender is known.
     *
     * @param maxUnverifiedBytes the most bytes of signed bodies read at once before their signature is checked
     * @param readTimeout        the longest a webhook body may take to arrive
     */
    public record WebhookBodies(long maxUnverifiedBytes, java.time.Duration readTimeout) {
    }

    public enum LogFormat { TEXT, JSON }
}
