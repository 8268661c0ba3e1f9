package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor}: the go-live checklist against real PostgreSQL, Redis and WireMock'd Gorgias and Shopify. */
class DoctorTest {
    private static TestPostgres postgres;
    private static FakeHelpdeskAndShop fake;
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        postgres = TestPostgres.create("doctor");
        postgres.migrated().close();
        fake = new FakeHelpdeskAndShop();
    }

    @AfterAll
    static void stop() {
        if (fake != null) {
            fake.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Map<String, String> good() {
        var env = new HashMap<>(fake.environment());
        env.put("APP_ENV", "staging");
        env.put("DATABASE_URL", postgres.databaseUrl());
        env.put("REDIS_URL", TestRedis.url().toString());
        env.put("GORGIAS_WEBHOOK_TOKEN", "doctor-webhook-token-0123456789abcdef");
        env.put("JWT_SECRET", "doctor-jwt-secret-0123456789abcdef-0123");
        env.put("CORS_ALLOWED_ORIGINS", "https://ops.lindas.example");
        return env;
    }

    private static Map<String, String> good(String name, String value) {
        var env = good();
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return env;
    }

    private int doctor(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, env, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertFails(Map<String, String> env, String item, String reason) {
        int status = doctor(env);

        assertThat(status).as(output()).isEqualTo(Main.FAILURE);
        assertThat(output()).containsPattern("FAIL  " + java.util.regex.Pattern.quote(item) + " +"
                + java.util.regex.Pattern.quote(reason)).contains("Not ready:");
    }

    @Test
    void a_fully_good_configuration_passes_every_item_and_exits_0() {
        int status = doctor(good());

        assertThat(status).as(output()).isZero();
        assertThat(output()).contains("judged by staging rules", "Ready: nothing fails (0 warning(s))")
                .doesNotContain("FAIL").doesNotContain("WARN")
                .contains("database reachable and migrations current", "nothing pending",
                        "Gorgias credentials accepted", "Shopify credentials accepted", "Redis reachable",
                        ".env not tracked by git");
    }

    @Test
    void json_output_carries_the_same_findings_for_machines() {
        int status = doctor(good(), "--json");

        assertThat(status).isZero();
        assertThat(output()).startsWith("{\"verdict\":\"pass\",\"judged_as\":\"staging\"")
                .contains("{\"item\":\"no placeholder credentials\",\"verdict\":\"pass\"");
    }

    @Test
    void the_demo_values_fail_each_and_exit_non_zero() {
        int status = doctor(Map.of("GORGIAS_DOMAIN", "demo", "GORGIAS_API_KEY", "demo-api-key",
                "GORGIAS_USERNAME", "demo@example.com", "GORGIAS_WEBHOOK_SECRET", "demo-webhook-secret"));

        assertThat(status).isEqualTo(Main.FAILURE);
        assertThat(output()).contains("judged by staging rules")
                .contains("WARN  environment")
                .contains("FAIL  no placeholder credentials")
                .containsPattern("FAIL  no placeholder credentials +GORGIAS_DOMAIN is a placeholder value")
                .containsPattern("FAIL  no placeholder credentials +GORGIAS_API_KEY (is|contains) a placeholder")
                .containsPattern("FAIL  no placeholder credentials +GORGIAS_USERNAME (is|contains) a placeholder")
                .containsPattern("FAIL  no placeholder credentials +GORGIAS_WEBHOOK_SECRET (is|contains) a placeholder")
                .containsPattern("FAIL  Shopify settings present +SHOPIFY_SHOP_NAME is required")
                .containsPattern("FAIL  Shopify settings present +SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET \\(a Dev"
                        + " Dashboard app\\) or SHOPIFY_ACCESS_TOKEN \\(a legacy custom app\\) is required")
                .containsPattern("SKIP  Gorgias account configured +not checked: GORGIAS_DOMAIN, GORGIAS_USERNAME, "
                        + "GORGIAS_API_KEY hold placeholders \\(counted above\\)")
                .containsPattern("SKIP  Gorgias credentials accepted +not called")
                .containsPattern("SKIP  Shopify credentials accepted +not called")
                .containsPattern("FAIL  database reachable and migrations current +DATABASE_URL is required")
                .doesNotContain("demo-api-key").doesNotContain("demo-webhook-secret");
    }

    @Test
    void development_rules_are_used_only_when_asked_for() {
        int status = doctor(Map.of(), "--env", "development");

        assertThat(status).as(output()).isZero();
        assertThat(output()).contains("judged by development rules", "WARN");
    }

    @Test
    void placeholder_credentials_fail() {
        assertFails(good("GORGIAS_API_KEY", "changeme"), "no placeholder credentials", "GORGIAS_API_KEY is a placeholder value");
    }

    @Test
    void every_problem_startup_refuses_is_a_failure_the_doctor_reports_without_the_secret() {
        var missingAppEnv = good("APP_ENV", null);
        var cases = java.util.List.of(
                good("METRICS_TOKEN", "change-me-metrics-scrape-token"),
                good("DATABASE_URL", "postgresql://bridge:change-me-db-password@127.0.0.1:5432/bridge"),
                good("REDIS_URL", "redis://default:changeme@127.0.0.1:6379/6"),
                good("CORS_ALLOWED_ORIGINS", "https://example.com"),
                good("SENTRY_DSN", "http://0123456789abcdef0123456789abcdef@sentry.internal/4"),
                good("GORGIAS_BASE_URL", "http://gorgias-relay.internal:8080"),
                good("AI_API_KEY", "your-api-key"),
                missingAppEnv);
        for (var env : cases) {
            var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    dev.gorgiasbridge.bootstrap.config.InvalidSettingsException.class,
                    () -> dev.gorgiasbridge.bootstrap.config.SettingsReader.read(env));
            assertThat(refused).as("startup refuses %s", env.keySet()).isNotNull();
            out.reset();

            assertThat(doctor(env)).as(output()).isEqualTo(Main.FAILURE);
            assertThat(refused.problems()).allSatisfy(problem -> assertThat(output()).contains("FAIL").contains(problem));
            assertThat(output()).doesNotContain("change-me-db-password", "changeme", "0123456789abcdef0123456789abcdef",
                    "your-api-key");
        }
    }

    @Test
    void each_problem_is_counted_once_and_checks_skipped_because_of_it_are_not_failures() {
        int status = doctor(good("GORGIAS_API_KEY", "changeme"));

        assertThat(status).isEqualTo(Main.FAILURE);
        assertThat(output().lines().filter(line -> line.startsWith("  FAIL"))).as(output()).singleElement().asString()
                .matches("  FAIL  no placeholder credentials +GORGIAS_API_KEY is a placeholder value; set the real one");
        assertThat(output()).containsPattern("SKIP  Gorgias account configured +not checked: GORGIAS_API_KEY holds a placeholder")
                .containsPattern("SKIP  Gorgias credentials accepted +not called: fix the settings above first")
                .contains("Not ready: 1 problem(s) to fix, 0 warning(s); 2 check(s) skipped until they are fixed.");
    }

    @Test
    void a_skipped_check_alone_does_not_make_the_json_verdict_fail_but_its_cause_does() {
        int status = doctor(good("SHOPIFY_ACCESS_TOKEN", "shpat_xxxxxxxxxxxxxxxx"), "--json");

        assertThat(status).isEqualTo(Main.FAILURE);
        assertThat(output()).startsWith("{\"verdict\":\"fail\"")
                .contains("{\"item\":\"Shopify credentials accepted\",\"verdict\":\"skip\"")
                .contains("{\"item\":\"no placeholder credentials\",\"verdict\":\"fail\",\"reason\":\"SHOPIFY_ACCESS_TOKEN is a placeholder");
    }

    @Test
    void missing_shopify_settings_fail() {
        assertFails(good("SHOPIFY_SHOP_NAME", null), "Shopify settings present", "SHOPIFY_SHOP_NAME is required");
    }

    @Test
    void a_weak_or_missing_webhook_secret_fails() {
        assertFails(good("GORGIAS_WEBHOOK_TOKEN", "short-token"), "webhook authentication with strong secrets",
                "GORGIAS_WEBHOOK_TOKEN entries must be at least 24 characters long");
        out.reset();
        assertFails(good("GORGIAS_WEBHOOK_TOKEN", null), "webhook authentication with strong secrets",
                "GORGIAS_WEBHOOK_TOKEN or GORGIAS_WEBHOOK_SECRET is required");
    }

    @Test
    void a_short_or_reused_jwt_secret_fails() {
        assertFails(good("JWT_SECRET", "short-jwt-secret"), "JWT secret strong and distinct", "JWT_SECRET is too short");
        out.reset();
        assertFails(good("JWT_SECRET", "doctor-webhook-token-0123456789abcdef"), "JWT secret strong and distinct",
                "JWT_SECRET must not reuse another configured secret");
    }

    @Test
    void cors_for_any_origin_fails() {
        assertFails(good("CORS_ALLOWED_ORIGINS", "*"), "CORS explicit", "CORS_ALLOWED_ORIGINS must list origins");
    }

    @Test
    void a_pool_too_small_for_the_workers_fails() {
        var env = good("DB_POOL_SIZE", "3");
        env.put("WORKER_CONCURRENCY", "4");
        assertFails(env, "pool size sane", "DB_POOL_SIZE 3 leaves too few connections");
    }

    @Test
    void an_env_file_tracked_by_git_fails() throws IOException, InterruptedException {
        Files.writeString(dir.resolve(".env"), "# nothing secret here\n");
        for (String[] command : new String[][] {{"git", "init", "-q"}, {"git", "add", ".env"}}) {
            assertThat(new ProcessBuilder(command).directory(dir.toFile()).start().waitFor()).isZero();
        }

        assertFails(good(), ".env not tracked by git", ".env is tracked by git");
    }

    @Test
    void pending_migrations_fail() {
        try (var fresh = TestPostgres.create("doctor_fresh")) {
            assertFails(good("DATABASE_URL", fresh.databaseUrl()), "database reachable and migrations current",
                    "7 migration(s) pending, up to version 7");
        }
    }

    @Test
    void an_unreachable_database_fails() {
        assertFails(good("DATABASE_URL", "postgresql://nobody:not-the-password@127.0.0.1:1/none"),
                "database reachable and migrations current", "cannot read the schema");
        assertThat(output()).doesNotContain("not-the-password");
    }

    @Test
    void an_unreachable_redis_fails() {
        assertFails(good("REDIS_URL", "redis://127.0.0.1:1"), "Redis reachable", "");
    }

    @Test
    void gorgias_refusing_the_credentials_fails() {
        var stub = fake.server.stubFor(get(urlPathEqualTo("/api/account")).atPriority(1)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"unauthorized\"}")));
        try {
            assertFails(good(), "Gorgias credentials accepted", "");
            assertThat(output()).containsPattern("FAIL  Gorgias credentials accepted +\\S");
        } finally {
            fake.server.removeStub(stub);
        }
    }

    @Test
    void shopify_refusing_the_credentials_fails() {
        var env = good("SHOPIFY_ACCESS_TOKEN", "shpat_refused0123456789abcdef");
        var stub = fake.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(FakeHelpdeskAndShop.SHOPIFY_PATH))
                .withHeader("X-Shopify-Access-Token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("shpat_refused0123456789abcdef"))
                .atPriority(0).willReturn(aResponse().withStatus(401).withBody("{\"errors\":\"[API] Invalid API key\"}")));
        try {
            assertFails(env, "Shopify credentials accepted", "");
        } finally {
            fake.server.removeStub(stub);
        }
    }

    @Test
    void the_client_credentials_path_passes_and_names_itself() {
        var env = good("SHOPIFY_ACCESS_TOKEN", null);
        env.put("SHOPIFY_CLIENT_ID", FakeHelpdeskAndShop.CLIENT_ID);
        env.put("SHOPIFY_CLIENT_SECRET", FakeHelpdeskAndShop.CLIENT_SECRET);

        int status = doctor(env);

        assertThat(status).as(output()).isZero();
        assertThat(output()).containsPattern("PASS  Shopify settings present +shop lindas, API version "
                        + FakeHelpdeskAndShop.SHOPIFY_VERSION + ", client credentials grant")
                .containsPattern("PASS  Shopify credentials accepted +shop \"Linda's Sewing\" answered")
                .containsPattern("PASS  Shopify access scopes granted +every scope the lookups need is granted")
                .doesNotContain(FakeHelpdeskAndShop.CLIENT_SECRET, FakeHelpdeskAndShop.ISSUED_TOKEN);
    }

    @Test
    void both_ways_to_authenticate_at_once_fail() {
        var env = good("SHOPIFY_CLIENT_ID", FakeHelpdeskAndShop.CLIENT_ID);
        env.put("SHOPIFY_CLIENT_SECRET", FakeHelpdeskAndShop.CLIENT_SECRET);

        assertFails(env, "Shopify settings present", "set either SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET");
    }

    @Test
    void a_version_past_its_support_window_warns_and_so_does_shopify_answering_with_another() {
        // Shopify falls forward: a retired version is answered by the oldest supported one, which it names.
        var stub = fake.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo("/admin/api/2025-04/graphql.json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("X-Shopify-API-Version", "2026-01")
                        .withHeader("X-Shopify-API-Deprecated-Reason", "Order.displayFulfillmentStatus")
                        .withBody(new String(RunningBridge.contract("shopify/access-scopes.json"), StandardCharsets.UTF_8)
                                .replace("\"read_products\"", "\"read_customers\""))));
        try {
            int status = doctor(good("SHOPIFY_API_VERSION", "2025-04"));

            assertThat(status).as(output()).isZero();
            assertThat(output()).containsPattern("WARN  Shopify API version supported +2025-04 is past Shopify's support"
                            + " window \\(twelve months, ended 2026-04-01\\)")
                    .containsPattern("WARN  Shopify API version supported +Shopify answered with API version 2026-01"
                            + " instead of 2025-04")
                    .containsPattern("WARN  Shopify API version supported +Shopify reports deprecated API use:"
                            + " Order.displayFulfillmentStatus");
        } finally {
            fake.server.removeStub(stub);
        }
    }

    @Test
    void a_missing_access_scope_fails_naming_it_and_what_it_is_for() {
        var stub = fake.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo(FakeHelpdeskAndShop.SHOPIFY_PATH)).atPriority(0)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(RunningBridge.contract("shopify/access-scopes.json"))));
        try {
            assertFails(good(), "Shopify access scopes granted",
                    "missing read_customers (the customer an order belongs to)");
            assertThat(output()).containsPattern("WARN  Shopify access scopes granted +not granted \\(optional\\):"
                    + " read_marketplace_fulfillment_orders");
        } finally {
            fake.server.removeStub(stub);
        }
    }
}
