package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import dev.gorgiasbridge.bootstrap.observability.Logging;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Structured logs and error reports: ids on every line of an event, secrets nowhere. */
class LoggingEndToEndTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"), StandardCharsets.UTF_8);
    private static final String GORGIAS_KEY = "e2e-gorgias-api-key-0123456789";
    private static final String SHOPIFY_TOKEN = "shpat_e2e0123456789abcdef";
    private static final String DB_PASSWORD = "db-pass-never-logged";

    @AfterEach
    void restore() {
        Logging.configure(SettingsReader.read(Map.of()), "test");
        io.sentry.Sentry.close();
    }

    @Test
    void a_full_flow_logs_json_with_the_event_id_on_every_worker_line_and_no_secret_anywhere() throws Exception {
        var captured = new ByteArrayOutputStream();
        try (var postgres = TestPostgres.create("logs"); var fake = new FakeHelpdeskAndShop()) {
            var env = new HashMap<>(fake.environment());
            env.put("DATABASE_URL", postgres.databaseUrl());
            env.put("LOG_FORMAT", "json");
            env.put("WORKER_CONCURRENCY", "1");
            env.put("GORGIAS_WEBHOOK_TOKEN", RunningBridge.TOKEN);
            Logging.configure(SettingsReader.read(env), "test", captured);
            try (var bridge = new RunningBridge(env)) {
                bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);
                bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), "forged-" + RunningBridge.TOKEN);
                await().atMost(Duration.ofSeconds(30)).until(() -> fake.notesPosted().size() == 1
                        && Rows.column(postgres, "SELECT status FROM webhook_events").equals(List.of("done")));
            }
            String eventId = Rows.column(postgres, "SELECT id FROM webhook_events").getFirst();

            // Kept for whoever reads a failure of this test.
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "logging-end-to-end.log"),
                    captured.toString(StandardCharsets.UTF_8));
            List<String> lines = Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank()).toList();
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
            assertThat(String.join("\n", lines))
                    .doesNotContain(RunningBridge.TOKEN, GORGIAS_KEY, SHOPIFY_TOKEN, "forged-");
            assertThat(lines).filteredOn(l -> l.contains("\"thread_name\":\"event-worker-"))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("\"event_id\":\"" + eventId + "\""));
            assertThat(lines).filteredOn(l -> l.contains("webhook accepted")).singleElement()
                    .satisfies(line -> assertThat(line).contains("\"event_id\":\"" + eventId + "\"", "\"request_id\":"));
        }
    }

    @Test
    void an_unexpected_error_reaches_sentry_tagged_and_without_secrets() {
        var sentry = new WireMockServer(options().dynamicPort());
        sentry.start();
        try {
            sentry.stubFor(post(urlPathMatching("/api/1/envelope/?")).willReturn(aResponse().withStatus(200)));
            var env = Map.of("APP_ENV", "development",
                    "SENTRY_DSN", "http://0123456789abcdef0123456789abcdef@127.0.0.1:" + sentry.port() + "/1",
                    "GORGIAS_API_KEY", GORGIAS_KEY,
                    "DATABASE_URL", "postgresql://bridge:" + DB_PASSWORD + "@127.0.0.1:5432/bridge");
            Logging.configure(SettingsReader.read(env), "9.9.9");

            LoggerFactory.getLogger("dev.gorgiasbridge.test").error("unexpected failure calling Gorgias with {}", GORGIAS_KEY,
                    new IllegalStateException("connection to postgresql://bridge:" + DB_PASSWORD + "@db refused"));
            io.sentry.Sentry.flush(5000);

            await().atMost(Duration.ofSeconds(10)).until(() ->
                    !sentry.findAll(postRequestedFor(urlPathMatching("/api/1/envelope/?"))).isEmpty());
            String report = sentry.findAll(postRequestedFor(urlPathMatching("/api/1/envelope/?"))).getFirst().getBodyAsString();
            assertThat(report).contains("unexpected failure calling Gorgias", "IllegalStateException",
                    "\"environment\":\"development\"", "gorgias-bridge@9.9.9");
            assertThat(report).doesNotContain(GORGIAS_KEY, DB_PASSWORD);
        } finally {
            sentry.stop();
        }
    }
}
