package dev.gorgiasbridge.adapters.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShopifySettingsTest {
    private static final String TOKEN = "shpat_0123456789abcdef0123456789abcdef";
    private final ShopifySettings settings = ShopifySettings.forShop("quilt-corner", "2025-10", TOKEN);

    @Test
    void the_shop_name_gives_the_myshopify_endpoint_with_the_versioned_path() {
        assertThat(settings.graphqlEndpoint())
                .isEqualTo(URI.create("https://quilt-corner.myshopify.com/admin/api/2025-10/graphql.json"));
    }

    @Test
    void an_overridden_base_url_keeps_a_relay_prefix_and_the_documented_path() {
        assertThat(settings.withBaseUrl(URI.create("http://127.0.0.1:8089/")).graphqlEndpoint())
                .isEqualTo(URI.create("http://127.0.0.1:8089/admin/api/2025-10/graphql.json"));
        assertThat(settings.withBaseUrl(URI.create("https://relay.example.com/shopify")).graphqlEndpoint())
                .isEqualTo(URI.create("https://relay.example.com/shopify/admin/api/2025-10/graphql.json"));
    }

    @Test
    void the_defaults_are_bounded_and_patient() {
        assertThat(settings.maxOrders()).isEqualTo(5);
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.throttleAttempts()).isEqualTo(3);
        assertThat(settings.maxThrottleWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void to_string_never_shows_the_token() {
        assertThat(settings.toString()).doesNotContain(TOKEN).contains("<redacted>").contains("quilt-corner");
    }

    @Test
    void invalid_settings_are_refused() {
        assertThatThrownBy(() -> ShopifySettings.forShop("quilt corner", "2025-10", TOKEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShopifySettings.forShop("quilt-corner", "latest", TOKEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShopifySettings.forShop("quilt-corner", "2025-10", "shpat_x\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("shpat_x");
        assertThatThrownBy(() -> settings.withBaseUrl(URI.create("ftp://example.com")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withMaxOrders(ShopifySettings.MAX_ORDERS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
