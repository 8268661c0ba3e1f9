package dev.gorgiasbridge.adapters.gorgias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class GorgiasSettingsTest {
    private static final GorgiasSettings SETTINGS =
            GorgiasSettings.of("lindas", TestGorgias.USERNAME, TestGorgias.API_KEY);

    @Test
    void the_base_url_defaults_to_the_account_subdomain() {
        assertThat(SETTINGS.baseUrl()).isEqualTo(URI.create("https://lindas.gorgias.com"));
        assertThat(SETTINGS.resolve("/api/account")).isEqualTo(URI.create("https://lindas.gorgias.com/api/account"));
    }

    @Test
    void the_sender_defaults_to_the_api_user_and_timeouts_to_the_defaults() {
        assertThat(SETTINGS.senderEmail()).isEqualTo(TestGorgias.USERNAME);
        assertThat(SETTINGS.connectTimeout()).isEqualTo(GorgiasSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(SETTINGS.requestTimeout()).isEqualTo(GorgiasSettings.DEFAULT_REQUEST_TIMEOUT);
    }

    @Test
    void an_overriding_base_url_loses_its_trailing_slash_and_keeps_its_path() {
        var relayed = SETTINGS.withBaseUrl(URI.create("http://relay.internal:8080/gorgias/"));

        assertThat(relayed.resolve("/api/tickets/1")).isEqualTo(URI.create("http://relay.internal:8080/gorgias/api/tickets/1"));
    }

    @Test
    void the_authorization_header_is_http_basic_of_username_and_key() {
        assertThat(SETTINGS.authorization()).isEqualTo(TestGorgias.BASIC_AUTH);
    }

    @Test
    void to_string_never_shows_the_api_key() {
        assertThat(SETTINGS.toString()).doesNotContain(TestGorgias.API_KEY).contains("apiKey=****", "lindas");
    }

    @Test
    void credentials_in_the_base_url_are_refused() {
        assertThatThrownBy(() -> SETTINGS.withBaseUrl(URI.create("https://bot:secret@lindas.gorgias.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    }

    @Test
    void a_domain_that_is_not_a_subdomain_is_refused() {
        assertThatThrownBy(() -> GorgiasSettings.of("lindas.gorgias.com/x", TestGorgias.USERNAME, TestGorgias.API_KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GorgiasSettings.of("lindas", TestGorgias.USERNAME, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
