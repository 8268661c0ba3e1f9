package dev.gorgiasbridge.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/configuration.md} documents every variable, and says truly which ones staging requires. */
class ConfigurationDocsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|([^|]*)\\|([^|]*)\\|");

    /** Variable name to its "Required in" cell, in the order of the table. */
    private static Map<String, String> documented() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/configuration.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(1), m.group(3).strip());
            }
        }
        return rows;
    }

    private static Map<String, String> validStaging() {
        var env = new HashMap<String, String>();
        env.put("APP_ENV", "staging");
        env.put("DATABASE_URL", "postgresql://bridge:db-pass-0123@db.internal:5432/bridge");
        env.put("GORGIAS_DOMAIN", "lindas");
        env.put("GORGIAS_USERNAME", "bot@lindas.example");
        env.put("GORGIAS_API_KEY", "gorgias-api-key-0123456789abcdef");
        env.put("GORGIAS_WEBHOOK_TOKEN", "webhook-token-staging-0123456789");
        env.put("SHOPIFY_SHOP_NAME", "lindas");
        env.put("SHOPIFY_ACCESS_TOKEN", "shpat_0123456789abcdef0123456789abcdef");
        env.put("SHOPIFY_API_VERSION", "2025-10");
        env.put("JWT_SECRET", "jwt-secret-for-staging-0123456789abcdef");
        return env;
    }

    @Test
    void every_variable_the_service_reads_is_documented_once_and_nothing_else() throws IOException {
        Map<String, String> example = EnvironmentFile.parse(Files.readAllLines(ROOT.resolve(".env.example")));

        assertThat(documented().keySet()).containsExactlyInAnyOrderElementsOf(SettingsReader.VARIABLES)
                .containsExactlyInAnyOrderElementsOf(example.keySet());
    }

    @Test
    void the_variables_documented_as_required_in_staging_are_the_ones_staging_refuses_to_start_without() throws IOException {
        assertThat(SettingsReader.read(validStaging()).env()).isEqualTo(AppEnv.STAGING);
        documented().forEach((variable, requiredIn) -> {
            var env = validStaging();
            env.remove(variable);
            if (requiredIn.startsWith("staging, production") && !requiredIn.contains("(or ")) {
                var refused = catchThrowableOfType(InvalidSettingsException.class, () -> SettingsReader.read(env));
                assertThat(refused).as(variable + " is documented as required").isNotNull();
                assertThat(refused.problems()).as(variable).anyMatch(problem -> problem.startsWith(variable));
            } else if (requiredIn.equals("—")) {
                assertThat(SettingsReader.read(env)).as(variable + " is documented as optional").isNotNull();
            }
        });
    }

    @Test
    void staging_needs_a_webhook_token_or_secret_as_documented() {
        var env = validStaging();
        env.remove("GORGIAS_WEBHOOK_TOKEN");

        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsReader.read(env))).isNotNull();
        env.put("GORGIAS_WEBHOOK_SECRET", "hmac-secret-for-staging-0123456789");
        assertThat(SettingsReader.read(env).gorgias().webhookSecrets()).hasSize(1);
    }
}
