package dev.gorgiasbridge.adapters.shopify;

import java.util.Optional;
import java.util.Set;

/**
 * Where the access token for each Admin API request comes from: the legacy app's permanent token, or
 * tokens obtained with the client credentials grant and renewed before they expire.
 */
sealed interface TokenSource permits StaticToken, ClientCredentialsTokens {

    /**
     * A token believed valid now, obtained or renewed first when needed.
     *
     * @throws AttemptFailure when the token endpoint is worth another attempt
     * @throws dev.gorgiasbridge.application.processing.port.out.ExternalServiceException when the token request is refused
     */
    String token();

    /**
     * Shopify answered 401 to {@code rejected}: a different token to retry with once, or none when renewing
     * cannot help (a permanent token).
     */
    Optional<String> renewAfterRejection(String rejected);

    /** The access scopes the current token carries, when the source knows them. */
    Optional<Set<String>> grantedScopes();

    /** What to check when tokens are refused, named as the operator configures it. */
    String describe();

    static TokenSource of(ShopifyCredentials credentials,
                          java.util.function.Function<ShopifyCredentials.ClientCredentials, TokenEndpoint> endpoint,
                          java.time.Clock clock, java.util.function.Consumer<String> issued) {
        return switch (credentials) {
            case ShopifyCredentials.AccessToken token -> new StaticToken(token);
            case ShopifyCredentials.ClientCredentials client ->
                    new ClientCredentialsTokens(client, endpoint.apply(client), clock, issued);
        };
    }
}
