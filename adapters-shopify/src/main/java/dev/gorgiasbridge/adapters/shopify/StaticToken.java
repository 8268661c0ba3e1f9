package dev.gorgiasbridge.adapters.shopify;

import java.util.Optional;
import java.util.Set;

/** A legacy custom app's permanent Admin API token: nothing to obtain, nothing to renew. */
record StaticToken(ShopifyCredentials.AccessToken credentials) implements TokenSource {

    @Override
    public String token() {
        return credentials.token();
    }

    @Override
    public Optional<String> renewAfterRejection(String rejected) {
        return Optional.empty();
    }

    @Override
    public Optional<Set<String>> grantedScopes() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return credentials.describe();
    }

    @Override
    public String toString() {
        return "StaticToken[<redacted>]";
    }
}
