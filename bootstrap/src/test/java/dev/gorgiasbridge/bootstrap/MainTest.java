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
    void migrate_applies_the_schema_once_and_then_says_which_version_it_is_already_at(@TempDir Path dir) {
        try (var postgres = TestPostgres.create("migrate")) {
            var env = Map.of("DATABASE_URL", postgres.databaseUrl());

            assertThat(run(env, dir, "migrate")).isZero();
            String created = out.toString(StandardCharsets.UTF_8);
            assertThat(created).containsPattern("database schema created at version (\\d+) \\(\\d+ migrations?\\)");
            String version = created.replaceAll("(?s).*created at version (\\d+).*", "$1").strip();
            assertThat(version).isEqualTo("8");
            out.reset();
            assertThat(run(env, dir, "migrate")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("database schema already at version " + version + "; nothing to migrate");
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

    @Test
    void a_bad_database_url_never_shows_its_password_on_standard_error(@TempDir Path dir) throws java.io.IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String password = "Pw-0f-the-db+42";
        var malformed = Map.of("DATABASE_URL", "postgresql://bridge:" + password + "@db.internal:notaport/bridge");
        var unreachable = Map.of("DATABASE_URL", "postgresql://bridge:" + password + "@127.0.0.1:" + closedPort + "/bridge");
        var jdbcUnreachable = Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/bridge?password=" + password);
        var jdbcBadPort = Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:99999/bridge?user=bridge&password=" + password);

        assertThat(run(malformed, dir, "migrate")).isEqualTo(Main.CONFIGURATION);
        assertThat(run(unreachable, dir, "migrate")).isEqualTo(Main.FAILURE);
        assertThat(run(jdbcUnreachable, dir, "migrate")).isEqualTo(Main.FAILURE);
        assertThat(run(jdbcBadPort, dir, "migrate")).isEqualTo(Main.FAILURE);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("DATABASE_URL must look like", "migrate failed").doesNotContain(password, "Pw-0f");
    }

    @Test
    void purge_erases_a_customer_and_prints_what_was_removed(@TempDir Path dir) {
        try (var postgres = TestPostgres.create("purge")) {
            var env = Map.of("DATABASE_URL", postgres.databaseUrl());
            assertThat(run(env, dir, "migrate")).isZero();
            Rows.execute(postgres, """
                    INSERT INTO customers (customer_key, email) VALUES ('email:maria.keller@example.com', 'maria.keller@example.com');
                    INSERT INTO tickets (id, customer_id) SELECT 4021, id FROM customers;
                    INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at, status)
                    VALUES ('message:4021:1', 'ticket-message-created', 4021, '{"from":"maria.keller@example.com"}', now(), 'done');
                    INSERT INTO ticket_notes (ticket_id, external_id, content_hash, body_text, body_html)
                    VALUES (4021, 'gorgias-bridge:4021', 'hash', 'Two packages', '<p>Two packages</p>')""");
            out.reset();

            assertThat(run(env, dir, "purge", "--customer", "Maria.Keller@Example.com")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("removed 1 customer(s), 1 ticket(s), 1 note(s), 1 event payload(s)");
            out.reset();
            assertThat(run(env, dir, "purge", "--customer", "maria.keller@example.com")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing kept about maria.keller@example.com");
            assertThat(run(env, dir, "purge", "--customer", "maria.keller")).isEqualTo(Main.USAGE);
            assertThat(run(env, dir, "purge")).isEqualTo(Main.USAGE);
        }
    }
}
