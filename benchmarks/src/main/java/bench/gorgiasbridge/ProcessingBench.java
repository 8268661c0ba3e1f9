package bench.gorgiasbridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Processing: events drained through the worker while WireMock plays Gorgias and Shopify, every answer
 * 50 ms late. Each customer is new (no cache hit), so every event costs one Shopify query and one note.
 * The Gorgias client keeps to Gorgias's 40 requests per 20 s per account, so each level gets a fresh
 * account and at most its burst of notes; the sustained ceiling (2 notes/s per account) is reported as such.
 */
final class ProcessingBench {
    private static final int LATENCY_MS = 50;
    /** The Admin API version the service is pinned to (SHOPIFY_API_VERSION). */
    private static final String API_VERSION = "2026-10";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Path repo;
    private final Path jar;
    private final Path logs;

    ProcessingBench(Path repo, Path jar, Path logs) {
        this.repo = repo;
        this.jar = jar;
        this.logs = logs;
    }

    Map<String, Object> run(int[] levels, int notesPerLevel) throws Exception {
        var wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(80)
                .disableRequestJournal());
        wiremock.start();
        try {
            stub(wiremock);
            List<Map<String, Object>> notes = new ArrayList<>();
            for (int c : levels) {
                notes.add(level(wiremock, c, notesPerLevel, true));
            }
            var out = new LinkedHashMap<String, Object>();
            out.put("gorgias_shopify_latency_ms", LATENCY_MS);
            out.put("notes", notes);
            // One Shopify query and one note per event, each LATENCY_MS late: the most a level can do.
            out.put("upstream_ms_per_event", 2 * LATENCY_MS);
            out.put("gorgias_sustained_ceiling_notes_per_s", 2.0);
            return out;
        } finally {
            wiremock.stop();
        }
    }

    private Map<String, Object> level(WireMockServer wiremock, int concurrency, int events, boolean withNotes) throws Exception {
        String database = Postgres.create("gb_bench_processing");
        try {
            var env = new HashMap<String, String>();
            env.put("DATABASE_URL", Postgres.url(database));
            env.put("GORGIAS_WEBHOOK_TOKEN", IngestBench.TOKEN);
            env.put("WORKER_CONCURRENCY", Integer.toString(concurrency));
            env.put("WEBHOOK_RATE_PER_SECOND", "100000");
            env.put("WEBHOOK_RATE_BURST", "1000000");
            env.put("LOG_FORMAT", "json");
            // Real-looking credentials need an explicit environment.
            env.put("APP_ENV", "development");
            env.put("GORGIAS_DOMAIN", "bench-" + concurrency + "-" + System.nanoTime());
            env.put("GORGIAS_USERNAME", "bridge-bot@lindas.example");
            env.put("GORGIAS_API_KEY", "bench-gorgias-api-key-0123456789");
            env.put("GORGIAS_BASE_URL", wiremock.baseUrl());
            env.put("SHOPIFY_SHOP_NAME", "lindas");
            env.put("SHOPIFY_ACCESS_TOKEN", "shpat_bench0123456789abcdef");
            env.put("SHOPIFY_API_VERSION", API_VERSION);
            env.put("SHOPIFY_BASE_URL", wiremock.baseUrl());
            String sample = Files.readString(repo.resolve("contracts/gorgias/ticket-message-created.json"));
            try (var bridge = ServiceProcess.start(ServiceProcess.serviceArgs(repo, jar), env,
                    logs.resolve("processing-" + concurrency + (withNotes ? "" : "-queue") + ".log"));
                 var senders = Executors.newFixedThreadPool(4, Thread.ofVirtual().factory())) {
                var uri = bridge.uri("/webhooks/gorgias/ticket?event=ticket-message-created");
                for (int i = 0; i < events; i++) {
                    byte[] body = customer(sample, i);
                    senders.submit(() -> CLIENT.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .header("X-Gorgias-Bridge-Token", IngestBench.TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding()));
                }
                senders.shutdown();
                senders.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
                String finished = withNotes ? "status = 'done'" : "status = 'skipped'";
                long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (Postgres.count(database, "SELECT count(*) FROM webhook_events WHERE " + finished) < events
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            var out = new LinkedHashMap<String, Object>();
            out.put("worker_concurrency", concurrency);
            out.put("events", events);
            String end = withNotes ? "n.posted_at" : "e.updated_at";
            String from = withNotes ? "ticket_notes n JOIN webhook_events e ON e.id = n.event_id WHERE n.posted_at IS NOT NULL"
                    : "webhook_events e WHERE e.status = 'skipped'";
            var latencies = Postgres.rows(database, "SELECT extract(epoch FROM " + end + " - e.received_at) * 1000000 FROM " + from);
            var window = Postgres.rows(database, "SELECT extract(epoch FROM max(" + end + ") - min(e.received_at)) FROM " + from).getFirst();
            out.put("completed", latencies.size());
            out.put("events_per_s", Math.round(latencies.size() / Math.max(window[0], 0.001) * 10) / 10.0);
            long[] micros = latencies.stream().mapToLong(r -> (long) r[0]).toArray();
            var summary = Latencies.summary(micros);
            out.put("end_to_end_p50_ms", summary.get("p50_ms"));
            out.put("end_to_end_p95_ms", summary.get("p95_ms"));
            return out;
        } finally {
            Postgres.drop(database);
        }
    }

    /** A customer message from a customer of its own: no cache hit, one Shopify query, one note. */
    private static byte[] customer(String sample, int i) {
        return sample.replace("91234567", Integer.toString(95_000_000 + i))
                .replace("310000002", Integer.toString(96_000_000 + i))
                .replace("412000387", Integer.toString(97_000_000 + i))
                .replace("7460267524351", Long.toString(7_460_000_000_000L + i))
                .replaceAll("(?i)maria\\.keller@example\\.com", "customer" + i + "@example.com")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void stub(WireMockServer wiremock) throws java.io.IOException {
        String json = "application/json";
        String shopPath = "/admin/api/" + API_VERSION + "/graphql.json";
        wiremock.stubFor(post(urlPathEqualTo(shopPath)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withFixedDelay(LATENCY_MS).withHeader("Content-Type", json)
                .withBody(Files.readString(repo.resolve("contracts/shopify/orders-split-shipment.json")))));
        // The health probe's question (shop name and granted scopes), answered as the documented installation.
        wiremock.stubFor(post(urlPathEqualTo(shopPath)).withRequestBody(containing("currentAppInstallation")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", json)
                        .withBody(Files.readString(repo.resolve("contracts/shopify/installation.json")))));
        wiremock.stubFor(post(urlPathEqualTo(shopPath)).withRequestBody(containing("shop { name }")).atPriority(2)
                .willReturn(aResponse().withStatus(200).withFixedDelay(LATENCY_MS).withHeader("Content-Type", json)
                        .withBody("{\"data\":{\"shop\":{\"name\":\"Linda's Sewing\"}}}")));
        wiremock.stubFor(post(urlPathMatching("/api/tickets/[0-9]+/messages")).willReturn(aResponse().withStatus(201)
                .withFixedDelay(LATENCY_MS).withHeader("Content-Type", json)
                .withBody(Files.readString(repo.resolve("contracts/gorgias/create-message-response.json")))));
        wiremock.stubFor(get(urlPathMatching("/api/tickets/[0-9]+/messages")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(LATENCY_MS).withHeader("Content-Type", json).withBody("{\"data\":[],\"meta\":{\"next_cursor\":null}}")));
        wiremock.stubFor(get(urlPathEqualTo("/api/account")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(LATENCY_MS).withHeader("Content-Type", json).withBody("{\"domain\":\"lindas\"}")));
    }
}
