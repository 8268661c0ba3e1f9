package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After a scripted run of webhooks, /metrics shows exactly those outcomes. */
class MetricsEndToEndTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"), StandardCharsets.UTF_8);
    private static final String METRICS_TOKEN = "metrics-token-0123456789abcdef";

    private TestPostgres postgres;
    private RunningBridge bridge;

    @BeforeEach
    void start() {
        postgres = TestPostgres.create("metrics");
        bridge = new RunningBridge(Map.of("DATABASE_URL", postgres.databaseUrl(), "WORKER_CONCURRENCY", "0",
                "METRICS_TOKEN", METRICS_TOKEN));
    }

    @AfterEach
    void stop() {
        bridge.close();
        postgres.close();
    }

    private static String line(String outcome, double count) {
        return "gorgias_bridge_webhooks_total{env=\"development\",outcome=\"" + outcome + "\",version=\"development\"} " + count;
    }

    @Test
    void every_webhook_outcome_is_counted_and_the_scrape_needs_the_token() {
        byte[] first = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] second = SAMPLE.replace("310000002", "310000044").getBytes(StandardCharsets.UTF_8);
        bridge.post(first, RunningBridge.TOKEN);
        bridge.post(second, RunningBridge.TOKEN);
        bridge.post(first, RunningBridge.TOKEN);
        bridge.post(first, "wrong-token-0123456789abcdef");
        bridge.post(first, "another-wrong-token-0123456789");
        bridge.post("{not json".getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);
        bridge.postOversized(new byte[2 * 1024 * 1024], RunningBridge.TOKEN);

        var refused = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/metrics")).build());
        var scraped = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/metrics"))
                .header("Authorization", "Bearer " + METRICS_TOKEN).build());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains(line("accepted", 2.0), line("duplicate", 1.0), line("unauthorized", 2.0),
                line("invalid", 1.0), line("too_large", 1.0), line("rate_limited", 0.0), line("storage_failed", 0.0));
        assertThat(scraped.body()).contains("gorgias_bridge_webhook_ingest_seconds_count{env=\"development\",version=\"development\"} 7")
                .contains("gorgias_bridge_queue_events{env=\"development\",status=\"pending\",version=\"development\"} 2.0")
                .contains("gorgias_bridge_db_pool_max{env=\"development\",version=\"development\"} 20.0")
                .contains("jvm_memory_used_bytes");
    }
}
