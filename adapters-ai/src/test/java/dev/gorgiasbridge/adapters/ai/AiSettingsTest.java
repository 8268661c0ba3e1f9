package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AiSettingsTest {

    @Test
    void printing_the_settings_never_shows_the_key() {
        var settings = AiSettings.of(URI.create("https://api.example.com/v1"), Optional.of("sk-live-secret-value"), "gpt-x");

        assertThat(settings.toString()).doesNotContain("sk-live-secret-value").contains("apiKey=<redacted>", "model=gpt-x");
        assertThat(AiSettings.of(URI.create("http://localhost:11434/v1"), Optional.empty(), "llama").toString())
                .contains("apiKey=<none>");
    }

    @Test
    void the_endpoint_is_chat_completions_below_the_base_url() {
        assertThat(AiSettings.of(URI.create("https://gateway.example.com/openai/v1/"), Optional.empty(), "m")
                .chatCompletionsEndpoint()).isEqualTo(URI.create("https://gateway.example.com/openai/v1/chat/completions"));
    }

    @Test
    void the_defaults_budget_sixty_requests_a_minute_and_forbid_monetary_promises() {
        var settings = AiSettings.of(URI.create("https://api.example.com/v1"), Optional.empty(), "m");

        assertThat(settings.maxRequestsPerMinute()).isEqualTo(60);
        assertThat(settings.allowMonetaryPromises()).isFalse();
    }

    @Test
    void a_key_that_could_split_a_header_or_a_url_with_credentials_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                AiSettings.of(URI.create("https://api.example.com/v1"), Optional.of("sk\r\nX-Evil: 1"), "m"));
        assertThatIllegalArgumentException().isThrownBy(() ->
                AiSettings.of(URI.create("https://user:pw@api.example.com/v1"), Optional.empty(), "m"));
        assertThatIllegalArgumentException().isThrownBy(() ->
                AiSettings.of(URI.create("https://api.example.com/v1"), Optional.empty(), " "));
    }
}
