package dev.gorgiasbridge.bootstrap.config;

import dev.gorgiasbridge.adapters.shopify.ShopifyCredentials;
import dev.gorgiasbridge.adapters.shopify.ShopifySettings;
import java.util.Optional;

/** The Shopify client's settings made from the service's, for the service and the doctor alike. */
public final class ShopifyClientSettings {
    private ShopifyClientSettings() {
    }

    /** The client's settings, when the shop and one way to authenticate are configured. */
    public static Optional<ShopifySettings> of(Settings.Shopify shopify) {
        if (!shopify.configured()) {
            return Optional.empty();
        }
        ShopifyCredentials credentials = switch (shopify.authentication().orElseThrow()) {
            case Settings.Shopify.Authentication.ClientCredentials client ->
                    new ShopifyCredentials.ClientCredentials(client.clientId(), client.clientSecret().value());
            case Settings.Shopify.Authentication.AccessToken token -> new ShopifyCredentials.AccessToken(token.token().value());
        };
        var settings = ShopifySettings.forShop(shopify.shopName().orElseThrow(), shopify.apiVersion(), credentials);
        return Optional.of(shopify.baseUrl().map(settings::withBaseUrl).orElse(settings));
    }
}
