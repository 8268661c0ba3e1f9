package dev.gorgiasbridge.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReaderTest {
    private static final String JWT = "jwt-secret-for-production-0123456789abcdef";
    private static final String TOKEN = "webhook-token-production-0123456789";
    private static final String SHOPIFY_TOKEN = "shpat_0123456789abcdef0123456789abcdef";
    private static final String GORGIAS_KEY = "gorgias-api-key-0123456789abcdef";

    private static Map<String, String> production() {
        var env = new HashMap<String, String>();
        env.put("APP_ENV", "production");
        env.put("DATABASE_URL", "postgresql://bridge:db-pass-0123@db.internal:5432/bridge");
        env.put("GORGIAS_DOMAIN", "lindas");
        env.put("GORGIAS_USERNAME", "bot@lindas.example");
        env.put("GORGIAS_API_KEY", GORGIAS_KEY);
        env.put("GORGIAS_WEBHOOK_TOKEN", TOKEN);
        env.put("SHOPIFY_SHOP_NAME", "lindas");
        env.put("SHOPIFY_ACCESS_TOKEN", SHOPIFY_TOKEN);
        env.put("SHOPIFY_API_VERSION", "2025-10");
        env.put("JWT_SECRET", JWT);
        env.put("CORS_ALLOWED_ORIGINS", "https://ops.lindas.example");
        return env;
    }

    @Test
    void development_needs_nothing_and_has_documented_defaults() {
        Settings settings = SettingsReader.read(Map.of());

        assertThat(settings.env()).isEqualTo(AppEnv.DEVELOPMENT);
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.dbPoolSize()).isEqualTo(20);
        assertThat(settings.webhookMaxBytes()).isEqualTo(1_048_576);
        assertThat(settings.database()).isEmpty();
        assertThat(settings.redisUrl()).isEmpty();
        assertThat(settings.logFormat()).isEqualTo(Settings.LogFormat.TEXT);
        assertThat(settings.webhookRates()).isEqualTo(new Settings.WebhookRates(100, 1000, 10));
        assertThat(settings.workerConcurrency()).isEqualTo(4);
        assertThat(settings.orderCacheTtl()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(settings.gorgias().apiConfigured()).isFalse();
        assertThat(settings.shopify().configured()).isFalse();
        assertThat(settings.gorgias().webhookTimestampRequired()).isFalse();
        assertThat(settings.webhookBodies()).isEqualTo(new Settings.WebhookBodies(16_777_216, java.time.Duration.ofSeconds(10)));
    }

    @Test
    void the_unverified_body_budget_and_read_timeout_are_configurable_within_bounds() {
        var settings = SettingsReader.read(Map.of("WEBHOOK_MAX_BYTES", "65536", "WEBHOOK_MAX_UNVERIFIED_BYTES", "262144",
                "WEBHOOK_BODY_TIMEOUT_SECONDS", "5"));

        assertThat(settings.webhookBodies()).isEqualTo(new Settings.WebhookBodies(262_144, java.time.Duration.ofSeconds(5)));
        assertThatThrownBy(() -> SettingsReader.read(Map.of("WEBHOOK_MAX_BYTES", "65536", "WEBHOOK_MAX_UNVERIFIED_BYTES", "4096")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("WEBHOOK_MAX_UNVERIFIED_BYTES must be at least WEBHOOK_MAX_BYTES"));
        assertThatThrownBy(() -> SettingsReader.read(Map.of("WEBHOOK_BODY_TIMEOUT_SECONDS", "0")))
                .isInstanceOf(InvalidSettingsException.class);
    }

    @Test
    void requiring_the_relay_timestamp_needs_a_webhook_secret() {
        var relay = SettingsReader.read(Map.of("GORGIAS_WEBHOOK_REQUIRE_TIMESTAMP", "true",
                "GORGIAS_WEBHOOK_SECRET", "relay-secret-0123456789abcdef"));

        assertThat(relay.gorgias().webhookTimestampRequired()).isTrue();
        assertThatThrownBy(() -> SettingsReader.read(Map.of("GORGIAS_WEBHOOK_REQUIRE_TIMESTAMP", "true",
                "GORGIAS_WEBHOOK_TOKEN", "only-a-token-0123456789abcdef")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("set GORGIAS_WEBHOOK_SECRET"));
    }

    @Test
    void a_complete_production_configuration_is_accepted() {
        Settings settings = SettingsReader.read(production());

        assertThat(settings.env()).isEqualTo(AppEnv.PRODUCTION);
        assertThat(settings.logFormat()).isEqualTo(Settings.LogFormat.JSON);
        assertThat(settings.database()).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/bridge");
            assertThat(db.user()).isEqualTo("bridge");
            assertThat(db.password().value()).isEqualTo("db-pass-0123");
        });
    }

    @Test
    void production_with_demo_values_lists_every_problem_without_printing_secrets() {
        var env = new HashMap<String, String>();
        env.put("APP_ENV", "production");
        env.put("GORGIAS_DOMAIN", "demo");
        env.put("GORGIAS_USERNAME", "demo@example.com");
        env.put("GORGIAS_API_KEY", "demo-api-key");
        env.put("GORGIAS_WEBHOOK_SECRET", "demo-webhook-secret");
        env.put("SHOPIFY_ACCESS_TOKEN", "shpat_xxxxxxxxxxxxxxxx");
        env.put("JWT_SECRET", "short-but-secret-value");
        env.put("CORS_ALLOWED_ORIGINS", "*");

        assertThatThrownBy(() -> SettingsReader.read(env))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).anyMatch(p -> p.startsWith("DATABASE_URL is required"))
                            .anyMatch(p -> p.startsWith("GORGIAS_DOMAIN"))
                            .anyMatch(p -> p.startsWith("GORGIAS_USERNAME"))
                            .anyMatch(p -> p.startsWith("GORGIAS_API_KEY is a placeholder"))
                            .anyMatch(p -> p.startsWith("GORGIAS_WEBHOOK_SECRET contains a placeholder"))
                            .anyMatch(p -> p.startsWith("SHOPIFY_SHOP_NAME"))
                            .anyMatch(p -> p.startsWith("SHOPIFY_ACCESS_TOKEN is a placeholder"))
                            .anyMatch(p -> p.startsWith("SHOPIFY_API_VERSION"))
                            .anyMatch(p -> p.startsWith("JWT_SECRET is too short"))
                            .anyMatch(p -> p.startsWith("CORS_ALLOWED_ORIGINS"));
                    assertThat(e.getMessage()).contains("APP_ENV=production")
                            .doesNotContain("short-but-secret-value")
                            .doesNotContain("demo-api-key")
                            .doesNotContain("shpat_xxxx");
                });
    }

    @Test
    void a_jwt_secret_equal_to_another_secret_is_refused() {
        var env = production();
        env.put("JWT_SECRET", GORGIAS_KEY);

        assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).containsExactly("JWT_SECRET must not reuse another configured secret"));
    }

    @Test
    void staging_is_as_strict_as_production() {
        var env = production();
        env.put("APP_ENV", "staging");
        env.remove("JWT_SECRET");
        env.remove("GORGIAS_WEBHOOK_TOKEN");

        assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void malformed_values_are_problems_in_every_environment() {
        var env = Map.of("PORT", "eighty", "DB_POOL_SIZE", "0", "APP_ENV", "prod", "REDIS_URL", "localhost:6379",
                "DATABASE_URL", "mysql://db/x", "TRUSTED_PROXIES", "proxy.internal", "LOG_FORMAT", "xml");

        assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).hasSize(7));
    }

    @Test
    void both_spellings_of_the_database_url_are_understood() {
        assertThat(DatabaseUrl.parse("postgresql://u%40x:p%3Ass@127.0.0.1:5433/app?sslmode=require")).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/app?sslmode=require");
            assertThat(db.user()).isEqualTo("u@x");
            assertThat(db.password().value()).isEqualTo("p:ss");
            assertThat(db.toString()).doesNotContain("p:ss");
        });
        assertThat(DatabaseUrl.parse("postgres://u@db/app")).hasValueSatisfying(db ->
                assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app"));
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db:5432/app?user=u")).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/app");
            assertThat(db.user()).isEqualTo("u");
        });
        assertThat(DatabaseUrl.parse("postgresql://db")).isEmpty();
        assertThat(DatabaseUrl.parse("https://db/app")).isEmpty();
    }

    @Test
    void lists_are_comma_separated_and_secrets_print_as_stars() {
        var settings = SettingsReader.read(Map.of("GORGIAS_WEBHOOK_TOKEN", " first-token , second-token ,",
                "REDIS_URL", "redis://127.0.0.1:6379"));

        assertThat(settings.gorgias().webhookTokens()).extracting(Secret::value).containsExactly("first-token", "second-token");
        assertThat(settings.toString()).doesNotContain("first-token").contains("****");
        assertThat(settings.redisUrl()).contains(URI.create("redis://127.0.0.1:6379"));
    }

    @Test
    void the_env_file_fills_in_what_the_environment_does_not_set(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".env"), String.join("\n",
                "# comment", "export PORT=9090", "GORGIAS_DOMAIN=\"lindas\"", "LOG_FORMAT=json # inline", "BROKEN LINE"));

        Map<String, String> merged = EnvironmentFile.overlay(Map.of("PORT", "7070"), dir.resolve(".env"));
        Settings settings = SettingsReader.read(merged);

        assertThat(settings.port()).as("the environment wins").isEqualTo(7070);
        assertThat(settings.gorgias().domain()).contains("lindas");
        assertThat(settings.logFormat()).isEqualTo(Settings.LogFormat.JSON);
        assertThat(EnvironmentFile.overlay(Map.of(), dir.resolve("missing.env"))).isEmpty();
    }

    @Test
    void the_ai_drafter_is_off_by_default_with_documented_limits() {
        var ai = SettingsReader.read(Map.of()).ai();

        assertThat(ai.baseUrl()).isEmpty();
        assertThat(ai.requestTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(ai.maxRequestsPerMinute()).isEqualTo(60);
        assertThat(ai.allowMonetaryPromises()).isFalse();
    }

    @Test
    void the_ai_drafter_needs_a_model_and_a_real_key_if_any() {
        var env = production();
        env.put("AI_BASE_URL", "https://api.openai.example/v1");
        env.put("AI_API_KEY", "change-me-ai-api-key");
        env.put("AI_ALLOW_MONETARY_PROMISES", "sometimes");

        assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "AI_MODEL is required with AI_BASE_URL (missing or a placeholder)",
                        "AI_API_KEY is a placeholder value; set the real one",
                        "AI_ALLOW_MONETARY_PROMISES must be true or false"));
    }

    @Test
    void a_local_model_server_needs_no_key() {
        var env = production();
        env.put("AI_BASE_URL", "http://127.0.0.1:11434/v1");
        env.put("AI_MODEL", "llama3.1:8b");
        env.put("AI_MAX_REQUESTS_PER_MINUTE", "20");
        env.put("AI_ALLOW_MONETARY_PROMISES", "true");

        var ai = SettingsReader.read(env).ai();

        assertThat(ai.apiKey()).isEmpty();
        assertThat(ai.maxRequestsPerMinute()).isEqualTo(20);
        assertThat(ai.allowMonetaryPromises()).isTrue();
    }

    private static Map<String, String> productionWithClientCredentials() {
        var env = production();
        env.remove("SHOPIFY_ACCESS_TOKEN");
        env.put("SHOPIFY_CLIENT_ID", "8f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f");
        env.put("SHOPIFY_CLIENT_SECRET", "shpss_0123456789abcdef0123456789abcdef");
        return env;
    }

    @Test
    void production_accepts_the_client_credentials_of_a_dev_dashboard_app_instead_of_a_token() {
        Settings settings = SettingsReader.read(productionWithClientCredentials());

        assertThat(settings.shopify().configured()).isTrue();
        assertThat(settings.shopify().authentication()).containsInstanceOf(
                Settings.Shopify.Authentication.ClientCredentials.class);
        assertThat(settings.shopify().toString()).doesNotContain("shpss_0123456789abcdef0123456789abcdef");
    }

    @Test
    void exactly_one_way_to_authenticate_with_shopify_is_required_in_production() {
        var neither = production();
        neither.remove("SHOPIFY_ACCESS_TOKEN");
        var both = productionWithClientCredentials();
        both.put("SHOPIFY_ACCESS_TOKEN", SHOPIFY_TOKEN);
        var half = productionWithClientCredentials();
        half.remove("SHOPIFY_CLIENT_SECRET");

        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsReader.read(neither)).problems())
                .anyMatch(p -> p.startsWith("SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET (a Dev Dashboard app) or"
                        + " SHOPIFY_ACCESS_TOKEN (a legacy custom app) is required"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsReader.read(both)).problems())
                .anyMatch(p -> p.startsWith("set either SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsReader.read(half)).problems())
                .anyMatch(p -> p.startsWith("SHOPIFY_CLIENT_SECRET is required with SHOPIFY_CLIENT_ID"));
    }

    @Test
    void a_placeholder_client_secret_or_one_reused_as_jwt_secret_is_refused_without_showing_it() {
        var placeholder = productionWithClientCredentials();
        placeholder.put("SHOPIFY_CLIENT_SECRET", "change-me-client-secret");
        var reused = productionWithClientCredentials();
        reused.put("SHOPIFY_CLIENT_SECRET", JWT);

        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsReader.read(placeholder)).problems())
                .anyMatch(p -> p.startsWith("SHOPIFY_CLIENT_SECRET is a placeholder"))
                .noneMatch(p -> p.contains("change-me-client-secret"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsReader.read(reused)).problems())
                .anyMatch(p -> p.startsWith("JWT_SECRET must not reuse another configured secret"));
    }

    @Test
    void the_api_version_defaults_to_a_supported_one_and_must_be_a_quarterly_stable_version() {
        assertThat(SettingsReader.read(Map.of()).shopify().apiVersion()).isEqualTo("2026-10");
        assertThat(SettingsReader.check(Map.of("SHOPIFY_API_VERSION", "2026-11"), AppEnv.DEVELOPMENT).problems())
                .extracting(SettingsProblem::variable).containsExactly("SHOPIFY_API_VERSION");
    }

    @Test
    void a_store_name_signs_replies_when_set() {
        assertThat(SettingsReader.read(Map.of("STORE_NAME", " Linda's Quilts ")).shopify().storeName())
                .contains("Linda's Quilts");
    }

    @Test
    void check_lists_the_problems_of_the_demo_values_under_staging_rules_without_throwing() {
        var checked = SettingsReader.check(Map.of("GORGIAS_DOMAIN", "demo", "GORGIAS_API_KEY", "demo-api-key",
                "GORGIAS_USERNAME", "demo@example.com", "GORGIAS_WEBHOOK_SECRET", "demo-webhook-secret"), AppEnv.STAGING);

        assertThat(checked.settings().env()).as("APP_ENV itself is unset").isEqualTo(AppEnv.DEVELOPMENT);
        assertThat(checked.problems()).filteredOn(p -> p.kind() == SettingsProblem.Kind.PLACEHOLDER)
                .extracting(SettingsProblem::variable)
                .containsExactly("GORGIAS_DOMAIN", "GORGIAS_USERNAME", "GORGIAS_API_KEY", "GORGIAS_WEBHOOK_SECRET");
        assertThat(checked.problems()).filteredOn(p -> p.kind() == SettingsProblem.Kind.MISSING)
                .extracting(SettingsProblem::variable)
                .contains("DATABASE_URL", "SHOPIFY_SHOP_NAME", "SHOPIFY_CLIENT_ID", "SHOPIFY_API_VERSION", "JWT_SECRET");
        assertThat(checked.problems()).extracting(SettingsProblem::message)
                .noneMatch(m -> m.contains("demo-api-key") || m.contains("demo-webhook-secret"));
    }

    @Test
    void check_judges_by_the_rules_it_is_given_and_read_by_app_env() {
        assertThat(SettingsReader.check(production(), AppEnv.DEVELOPMENT).problems()).isEmpty();
        assertThat(SettingsReader.check(Map.of(), AppEnv.DEVELOPMENT).problems()).isEmpty();
        assertThat(SettingsReader.check(Map.of(), AppEnv.PRODUCTION).problems()).isNotEmpty();
    }

    @Test
    void without_app_env_real_gorgias_or_shopify_credentials_refuse_to_start_and_say_what_to_set() {
        for (var credential : Map.of("GORGIAS_API_KEY", GORGIAS_KEY, "SHOPIFY_ACCESS_TOKEN", SHOPIFY_TOKEN).entrySet()) {
            var env = Map.of(credential.getKey(), credential.getValue());

            assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                        .startsWith("APP_ENV is not set while " + credential.getKey())
                        .contains("APP_ENV=production", "APP_ENV=development"));
                assertThat(e.getMessage()).doesNotContain(credential.getValue());
            });
        }
    }

    @Test
    void without_app_env_placeholder_credentials_and_webhook_tokens_still_run_in_development() {
        var env = Map.of("GORGIAS_API_KEY", "change-me-gorgias-api-key", "SHOPIFY_ACCESS_TOKEN", "shpat_xxxxxxxxxxxx",
                "GORGIAS_WEBHOOK_TOKEN", "local-dev-token-0123456789abcdef");

        assertThat(SettingsReader.read(env).env()).isEqualTo(AppEnv.DEVELOPMENT);
    }

    @Test
    void development_chosen_explicitly_runs_real_credentials() {
        var env = Map.of("APP_ENV", "development", "GORGIAS_API_KEY", GORGIAS_KEY, "SHOPIFY_ACCESS_TOKEN", SHOPIFY_TOKEN);

        assertThat(SettingsReader.read(env).env()).isEqualTo(AppEnv.DEVELOPMENT);
    }

    @Test
    void development_listens_on_loopback_and_staging_and_production_on_every_interface_unless_host_says_otherwise() {
        assertThat(SettingsReader.read(Map.of()).host()).isEqualTo("127.0.0.1");
        assertThat(SettingsReader.read(Map.of("HOST", "0.0.0.0")).host()).isEqualTo("0.0.0.0");
        assertThat(SettingsReader.read(production()).host()).isEqualTo("0.0.0.0");
        var behindAProxyOnTheSameMachine = production();
        behindAProxyOnTheSameMachine.put("HOST", "127.0.0.1");
        assertThat(SettingsReader.read(behindAProxyOnTheSameMachine).host()).isEqualTo("127.0.0.1");
        assertThat(SettingsReader.read(Map.of("HOST", "[::1]")).host()).isEqualTo("::1");
        assertThatThrownBy(() -> SettingsReader.read(Map.of("HOST", "0.0.0.0:8080/"))).isInstanceOfSatisfying(
                InvalidSettingsException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).startsWith("HOST must be")));
    }

    @Test
    void every_secret_and_url_is_checked_for_placeholders_without_showing_them() {
        var env = production();
        env.put("DATABASE_URL", "postgresql://gorgias_bridge:change-me-db-password@db.internal:5432/bridge");
        env.put("REDIS_URL", "rediss://default:changeme@redis.internal:6380");
        env.put("METRICS_TOKEN", "change-me-metrics-scrape-token");
        env.put("SENTRY_DSN", "https://examplePublicKey@o0.ingest.sentry.io/0");
        env.put("CORS_ALLOWED_ORIGINS", "https://ops.lindas.example,https://example.com");
        env.put("AI_API_KEY", "your-api-key");
        env.put("GORGIAS_SENDER_EMAIL", "support@example.com");
        env.put("GORGIAS_BASE_URL", "https://change-me-account.gorgias.com");

        assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.substring(0, p.indexOf(' '))).containsExactly("DATABASE_URL",
                    "REDIS_URL", "GORGIAS_SENDER_EMAIL", "GORGIAS_BASE_URL", "METRICS_TOKEN", "SENTRY_DSN",
                    "CORS_ALLOWED_ORIGINS", "AI_API_KEY");
            assertThat(e.getMessage()).doesNotContain("change-me-db-password", "changeme", "change-me-metrics",
                    "examplePublicKey", "your-api-key");
        });
    }

    @Test
    void the_placeholder_check_covers_every_secret_and_url_the_service_reads() {
        assertThat(SettingsReader.VARIABLES).containsAll(Placeholders.CHECKED.keySet());
        assertThat(SettingsReader.VARIABLES.stream().filter(name -> name.matches(".*_(URL|DSN|TOKEN|SECRET|KEY|ORIGINS)")))
                .as("a variable named like a secret or URL is judged for placeholders")
                .allMatch(Placeholders.CHECKED::containsKey);
    }

    @Test
    void plain_http_upstreams_are_refused_in_staging_and_production_except_on_loopback() {
        var env = production();
        env.put("GORGIAS_BASE_URL", "http://gorgias-relay.internal:8080");
        env.put("SHOPIFY_BASE_URL", "http://shop.lindas.example");
        env.put("AI_BASE_URL", "http://10.0.0.7:11434/v1");
        env.put("AI_MODEL", "llama3.1:8b");
        env.put("SENTRY_DSN", "http://0123456789abcdef@sentry.internal/4");

        assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class, e ->
                assertThat(e.problems()).hasSize(4).allSatisfy(p -> assertThat(p).contains("must use https://")
                        .doesNotContain("0123456789abcdef")));

        env.put("GORGIAS_BASE_URL", "http://localhost:8080");
        env.put("SHOPIFY_BASE_URL", "http://127.0.0.53:9000");
        env.put("AI_BASE_URL", "http://[::1]:11434/v1");
        env.put("SENTRY_DSN", "https://0123456789abcdef@sentry.internal/4");
        assertThat(SettingsReader.read(env).gorgias().baseUrl()).contains(URI.create("http://localhost:8080"));

        env.put("APP_ENV", "development");
        env.put("GORGIAS_BASE_URL", "http://gorgias-relay.internal:8080");
        assertThat(SettingsReader.read(env).gorgias().baseUrl()).contains(URI.create("http://gorgias-relay.internal:8080"));
    }

    @Test
    void a_malformed_url_is_refused_without_its_credentials() {
        var env = Map.of("DATABASE_URL", "postgresql://bridge:Pw-0f-the-db@db.internal:notaport/bridge",
                "REDIS_URL", "redis//:Pw-0f-redis@redis.internal:6379",
                "SENTRY_DSN", "htps:/Pw-0f-sentry@sentry.internal/4");

        assertThatThrownBy(() -> SettingsReader.read(env)).isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
            assertThat(e.problems()).hasSize(3);
            assertThat(e.getMessage()).doesNotContain("Pw-0f");
        });
    }

    @Test
    void finished_payloads_are_kept_thirty_days_unless_configured() {
        assertThat(SettingsReader.read(Map.of()).inboxRetention()).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(SettingsReader.read(Map.of("INBOX_RETENTION_DAYS", "7")).inboxRetention()).isEqualTo(java.time.Duration.ofDays(7));
        assertThatThrownBy(() -> SettingsReader.read(Map.of("INBOX_RETENTION_DAYS", "0")))
                .isInstanceOf(InvalidSettingsException.class);
    }

    @Test
    void env_example_copied_to_env_starts_development_on_the_embedded_defaults_with_one_warning_per_placeholder()
            throws IOException {
        Map<String, String> example = EnvironmentFile.parse(Files.readAllLines(Path.of("..", ".env.example")));

        var loaded = SettingsReader.load(example);

        Settings settings = loaded.settings();
        assertThat(settings.env()).isEqualTo(AppEnv.DEVELOPMENT);
        assertThat(settings.database()).as("embedded PostgreSQL").isEmpty();
        assertThat(settings.redisUrl()).as("in-process limits").isEmpty();
        assertThat(settings.gorgias().apiConfigured()).as("notes kept locally").isFalse();
        assertThat(settings.gorgias().webhookTokens()).isEmpty();
        assertThat(settings.gorgias().webhookSecrets()).isEmpty();
        assertThat(settings.shopify().configured()).isFalse();
        assertThat(settings.shopify().clientId()).isEmpty();
        assertThat(settings.jwtSecret()).isEmpty();
        assertThat(settings.metricsToken()).isEmpty();
        assertThat(settings.corsAllowedOrigins()).isEmpty();
        assertThat(loaded.warnings()).extracting(w -> w.substring(0, w.indexOf(' '))).containsExactlyInAnyOrder(
                "DATABASE_URL", "GORGIAS_DOMAIN", "GORGIAS_USERNAME", "GORGIAS_API_KEY", "GORGIAS_SENDER_EMAIL",
                "GORGIAS_WEBHOOK_TOKEN", "GORGIAS_WEBHOOK_SECRET", "SHOPIFY_SHOP_NAME", "SHOPIFY_CLIENT_ID", "SHOPIFY_CLIENT_SECRET",
                "JWT_SECRET", "CORS_ALLOWED_ORIGINS", "METRICS_TOKEN", "AI_API_KEY");
        assertThat(loaded.warnings()).allSatisfy(w -> assertThat(w).contains("placeholder", "treated as not set"))
                .noneMatch(w -> w.contains("change-me") || w.contains("shpat_"));
        assertThat(loaded.warnings().getFirst()).endsWith("the embedded PostgreSQL under ./.data is used instead");
    }

    @Test
    void a_placeholder_database_url_falls_back_to_the_embedded_database_in_development_and_is_refused_in_staging() {
        String placeholder = "postgresql://gorgias_bridge:change-me-db-password@127.0.0.1:5432/gorgias_bridge";

        var development = SettingsReader.load(Map.of("DATABASE_URL", placeholder));
        var staging = production();
        staging.put("APP_ENV", "staging");
        staging.put("DATABASE_URL", placeholder);

        assertThat(development.settings().database()).isEmpty();
        assertThat(development.warnings()).singleElement().asString().startsWith("DATABASE_URL holds a placeholder");
        assertThatThrownBy(() -> SettingsReader.read(staging)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.startsWith("DATABASE_URL contains a placeholder"))
                        .noneMatch(p -> p.contains("change-me-db-password")));
    }

    @Test
    void real_values_in_development_are_used_as_given_without_warnings() {
        var loaded = SettingsReader.load(Map.of("APP_ENV", "development",
                "DATABASE_URL", "postgresql://app:s3cret-pass@db.internal:5432/bridge", "GORGIAS_DOMAIN", "lindas", "GORGIAS_USERNAME", "bot@lindas.example", "GORGIAS_API_KEY", GORGIAS_KEY,
                "CORS_ALLOWED_ORIGINS", "https://ops.lindas.example"));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.settings().database()).isPresent();
        assertThat(loaded.settings().gorgias().apiConfigured()).isTrue();
        assertThat(loaded.settings().corsAllowedOrigins()).containsExactly("https://ops.lindas.example");
    }
}
