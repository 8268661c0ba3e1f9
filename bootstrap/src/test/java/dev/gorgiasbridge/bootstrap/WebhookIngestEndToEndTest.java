package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service as deployed: real HTTP server, real PostgreSQL, real Redis. */
class WebhookIngestEndToEndTest {
    private static final byte[] SAMPLE = RunningBridge.contract("gorgias/ticket-message-created.json");

    private TestPostgres postgres;
    private RunningBridge bridge;

    @BeforeEach
    void start() {
        postgres = TestPostgres.create("e2e");
        // Ingest only: these tests look at the inbox as the webhook left it, before any worker touches it.
        bridge = new RunningBridge(Map.of(
                "DATABASE_URL", postgres.databaseUrl(),
                "REDIS_URL", TestRedis.url().toString(),
                "WORKER_CONCURRENCY", "0"));
    }

    @AfterEach
    void stop() {
        if (bridge != null) {
            bridge.close();
        }
        postgres.close();
    }

    @Test
    void the_sample_delivery_is_accepted_once_then_recognised_and_impostors_are_refused() {
        var accepted = bridge.post(SAMPLE, RunningBridge.TOKEN);
        var again = bridge.post(SAMPLE, RunningBridge.TOKEN);
        var forged = bridge.post(SAMPLE, "not-the-token-0123456789abcdef");
        var huge = bridge.postOversized(new byte[2 * 1024 * 1024], RunningBridge.TOKEN);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).contains("\"status\":\"accepted\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"status\":\"duplicate\"").contains(eventId(accepted));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(count("SELECT count(*) FROM webhook_events")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM webhook_events WHERE id = '" + eventId(accepted)
                + "' AND dedup_key = 'message:91234567:310000002' AND status = 'pending' AND ticket_id = 91234567"))
                .isEqualTo(1);
    }

    @Test
    void fifty_concurrent_identical_deliveries_make_one_row_and_forty_nine_duplicates() throws Exception {
        int deliveries = 50;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return bridge.post(SAMPLE, RunningBridge.TOKEN);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var response : responses) {
                statuses.add(response.get().statusCode());
            }
            assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(deliveries - 1);
            assertThat(count("SELECT count(*) FROM webhook_events")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void while_postgres_refuses_connections_no_delivery_gets_a_2xx_and_it_recovers_without_restart() throws SQLException {
        String database = postgres.settings().jdbcUrl().substring(postgres.settings().jdbcUrl().lastIndexOf('/') + 1);
        byte[] first = SAMPLE;
        byte[] second = new String(SAMPLE, java.nio.charset.StandardCharsets.UTF_8)
                .replace("310000002", "310000009").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        admin("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        List<Integer> whileDown = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                whileDown.add(bridge.post(i == 0 ? first : second, RunningBridge.TOKEN).statusCode());
            }
        } finally {
            admin("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
        }
        assertThat(whileDown).containsOnly(503);
        // The pool reconnects by itself: the same instance accepts again shortly, without a restart.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> bridge.post(first, RunningBridge.TOKEN).statusCode() == 202);
        assertThat(count("SELECT count(*) FROM webhook_events")).isEqualTo(1);
    }

    private static String eventId(HttpResponse<String> response) {
        var matcher = java.util.regex.Pattern.compile("\"event_id\":\"([0-9a-f-]{36})\"").matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private int count(String sql) {
        return Rows.count(postgres, sql);
    }

    private void admin(String sql) throws SQLException {
        var settings = postgres.settings();
        String server = settings.jdbcUrl().substring(0, settings.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, settings.user(), settings.password())) {
            c.createStatement().execute(sql);
        }
    }
}
