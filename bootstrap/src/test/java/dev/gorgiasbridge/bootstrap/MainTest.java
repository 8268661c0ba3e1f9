package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, Path dir, String... args) {
        return Main.run(args, env, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void migrate_applies_the_schema_once_and_exits(@TempDir Path dir) {
        try (var postgres = TestPostgres.create("migrate")) {
            var env = Map.of("DATABASE_URL", postgres.databaseUrl());

            assertThat(run(env, dir, "migrate")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 migration(s) applied");
            out.reset();
            assertThat(run(env, dir, "migrate")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 migration(s) applied");
        }
    }

    @Test
    void production_with_placeholders_refuses_to_start_and_lists_every_problem(@TempDir Path dir) {
        var env = Map.of("APP_ENV", "production", "GORGIAS_API_KEY", "demo-api-key",
                "SHOPIFY_ACCESS_TOKEN", "shpat_xxx", "JWT_SECRET", "tiny-jwt-secret", "CORS_ALLOWED_ORIGINS", "*");

        int status = run(env, dir, "serve");

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(Main.CONFIGURATION);
        assertThat(message).contains("DATABASE_URL", "GORGIAS_DOMAIN", "GORGIAS_API_KEY", "GORGIAS_WEBHOOK_TOKEN",
                "SHOPIFY_SHOP_NAME", "SHOPIFY_ACCESS_TOKEN", "JWT_SECRET", "CORS_ALLOWED_ORIGINS");
        assertThat(message).doesNotContain("tiny-jwt-secret").doesNotContain("demo-api-key");
    }

    @Test
    void unknown_commands_print_the_usage(@TempDir Path dir) {
        assertThat(run(Map.of(), dir, "frobnicate")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
        assertThat(run(Map.of(), dir, "help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("migrate");
    }

    @Test
    void without_database_url_development_uses_the_embedded_database_which_refuses_root(@TempDir Path dir) {
        if (EmbeddedDatabase.runsAsRoot()) {
            assertThat(run(Map.of("PORT", "0"), dir, "migrate")).isEqualTo(Main.CONFIGURATION);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot run as root").contains("DATABASE_URL");
            return;
        }
        try (var bridge = GorgiasBridge.start(dev.gorgiasbridge.bootstrap.config.SettingsReader.read(Map.of("PORT", "0")), dir)) {
            var live = RunningBridge.send(HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + bridge.port() + "/health/live")).build());
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(dir.resolve(".data/postgres/postgresql.conf")).exists();
        }
    }

    @Test
    void token_prints_a_token_for_this_environment_and_refuses_more_than_24_hours(@TempDir Path dir) {
        var env = Map.of("JWT_SECRET", "main-test-jwt-secret-0123456789abcdef");

        assertThat(run(env, dir, "token", "--subject", "ops@lindas.example", "--ttl", "1h")).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"aud\":\"development\"", "\"sub\":\"ops@lindas.example\"", "\"iss\":\"gorgias-bridge\"");
        assertThat(run(env, dir, "token", "--subject", "ops", "--ttl", "25h")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at most 24h");
        assertThat(run(Map.of(), dir, "token", "--subject", "ops")).isEqualTo(Main.CONFIGURATION);
    }
}
