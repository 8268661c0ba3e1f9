package dev.gorgiasbridge.adapters.shopify;

import java.util.Objects;

/**
 * How this service proves itself to the shop: an app's client id and secret, exchanged for a short-lived
 * access token through the client credentials grant (apps created in the Dev Dashboard), or the permanent
 * token of a legacy custom app. {@link #toString()} never shows a secret. See {@code docs/shopify-setup.md}.
 */
public sealed interface ShopifyCredentials {

    /** What to check when the shop refuses them, named as the operator configures them. */
    String describe();

    /** A legacy custom app's Admin API access token ({@code shpat_…}), used as is. */
    record AccessToken(String token) implements ShopifyCredentials {
        public AccessToken {
            token = header(token, "access token");
        }

        @Override
        public String describe() {
            return "the Admin API access token (SHOPIFY_ACCESS_TOKEN)";
        }

        @Override
        public String toString() {
            return "AccessToken[<redacted>]";
        }
    }

    /** A Dev Dashboard app's client id and secret, exchanged for access tokens when needed. */
    record ClientCredentials(String clientId, String clientSecret) implements ShopifyCredentials {
        public ClientCredentials {
            clientId = header(clientId, "client id");
            clientSecret = header(clientSecret, "client secret");
        }

        @Override
        public String describe() {
            return "the app's client credentials (SHOPIFY_CLIENT_ID, SHOPIFY_CLIENT_SECRET)";
        }

        @Override
        public String toString() {
            return "ClientCredentials[clientId=" + clientId + ", clientSecret=<redacted>]";
        }
    }

    /** Printable ASCII only: anything else could split a header or a form, or hide in logs. */
    private static String header(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || !value.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("Shopify " + what + " must be non-blank printable ASCII");
        }
        return value;
    }
}
