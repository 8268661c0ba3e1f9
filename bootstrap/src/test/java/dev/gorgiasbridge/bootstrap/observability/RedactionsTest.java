package dev.gorgiasbridge.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionsTest {
    private final Redactions redactions = Redactions.of(SettingsReader.read(Map.of("APP_ENV", "development",
            "GORGIAS_API_KEY", "gorgias-key-0123456789",
            "GORGIAS_WEBHOOK_TOKEN", "webhook-token-abcdef,webhook-token-abcdef-rotated",
            "SHOPIFY_ACCESS_TOKEN", "custom-shop-token-9876",
            "DATABASE_URL", "postgresql://bridge:db-password-42@db:5432/bridge",
            "REDIS_URL", "rediss://:redis-password-77@cache:6380")));

    @Test
    void every_configured_secret_is_masked_wherever_it_appears() {
        String line = "calling with gorgias-key-0123456789 and custom-shop-token-9876, token=webhook-token-abcdef-rotated";

        assertThat(redactions.redact(line))
                .doesNotContain("gorgias-key-0123456789", "custom-shop-token-9876", "webhook-token-abcdef")
                .contains("****");
    }

    @Test
    void a_secret_containing_another_is_masked_whole() {
        assertThat(redactions.redact("x webhook-token-abcdef-rotated y")).isEqualTo("x **** y");
    }

    @Test
    void credential_shapes_are_masked_even_when_not_configured() {
        assertThat(redactions.redact("Authorization: Basic Ym90QGxpbmRhcy5leGFtcGxlOnNlY3JldA=="))
                .isEqualTo("Authorization: ****");
        assertThat(redactions.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig"))
                .isEqualTo("Authorization: ****");
        assertThat(redactions.redact("jdbc:postgresql://db/x?user=a&password=hunter22&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/x?user=a&password=****&ssl=true");
        assertThat(redactions.redact("redis://default:s3cr3t-pass@cache:6379")).isEqualTo("redis://****@cache:6379");
        assertThat(redactions.redact("token shpat_0123456789abcdef")).isEqualTo("token ****");
        assertThat(redactions.redact("connecting to postgresql://bridge:db-password-42@db:5432/bridge"))
                .doesNotContain("db-password-42");
    }

    @Test
    void ordinary_text_is_left_alone() {
        assertThat(redactions.redact("webhook accepted: ticket-message-created for ticket 91234567"))
                .isEqualTo("webhook accepted: ticket-message-created for ticket 91234567");
    }

    @Test
    void the_client_secret_is_masked_like_every_configured_secret() {
        var withClientCredentials = Redactions.of(SettingsReader.read(Map.of("APP_ENV", "development", "SHOPIFY_CLIENT_ID", "client-id-0123",
                "SHOPIFY_CLIENT_SECRET", "client-secret-0123456789abcdef")));

        assertThat(withClientCredentials.redact("secret=client-secret-0123456789abcdef")).isEqualTo("secret=****");
    }

    @Test
    void an_access_token_learnt_while_running_is_masked_from_then_on_whatever_its_shape() {
        String token = "runtime-token-not-shaped-like-shpat-4711";
        assertThat(redactions.redact("using " + token)).contains(token);

        RuntimeSecrets.add(token);

        assertThat(redactions.redact("using " + token + " now")).isEqualTo("using **** now");
    }

    @Test
    void a_redis_password_without_a_user_is_masked() {
        assertThat(redactions.redact("Redis refused AUTH redis-password-77")).isEqualTo("Redis refused AUTH ****");
    }
}
