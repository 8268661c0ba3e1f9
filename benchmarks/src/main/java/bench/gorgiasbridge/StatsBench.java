package bench.gorgiasbridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What /api/stats (and so the dashboard) costs over a long history: a fresh database seeded with
 * generate_series — events spread evenly over the last 365 days (55 % skipped, 40 % done, 5 % dead) and,
 * for the last 48 hours, the stage outcomes and notes their processing would have written — then the
 * endpoint timed, a few calls per window after one unreported call.
 */
final class StatsBench {
    private static final String JWT_SECRET = "bench-jwt-secret-0123456789abcdef0123456789";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int CALLS = 5;
    private static final long CHUNK = 1_000_000;

    private final Path repo;
    private final Path jar;
    private final Path logs;

    StatsBench(Path repo, Path jar, Path logs) {
        this.repo = repo;
        this.jar = jar;
        this.logs = logs;
    }

    Map<String, Object> run(long events) throws Exception {
        String database = Postgres.create("gb_bench_stats");
        try {
            var env = Map.of("DATABASE_URL", Postgres.url(database), "GORGIAS_WEBHOOK_TOKEN", IngestBench.TOKEN,
                    "WORKER_CONCURRENCY", "0", "LOG_FORMAT", "json", "APP_ENV", "development", "JWT_SECRET", JWT_SECRET);
            try (var migrate = ServiceProcess.start(ServiceProcess.serviceArgs(repo, jar), env, logs.resolve("stats-migrate.log"))) {
                migrate.process.pid();
            }
            long seedStarted = System.nanoTime();
            for (long first = 1; first <= events; first += CHUNK) {
                long last = Math.min(events, first + CHUNK - 1);
                // Event g is received (events - g) / events of a year ago: the newest last.
                Postgres.execute(database, """
                        INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, status, attempts, received_at,
                                                    next_attempt_at, summary, updated_at)
                        SELECT 'message:' || (g / 4) || ':' || g, 'ticket-message-created', g / 4,
                               '{"ticket":{"id":' || (g / 4) || '},"message":{"id":' || g || '}}',
                               CASE WHEN g %% 20 = 0 THEN 'dead' WHEN g %% 20 < 9 THEN 'done' ELSE 'skipped' END, 1, t.at, t.at,
                               'seeded', t.at
                        FROM generate_series(%d, %d) g,
                             LATERAL (SELECT now() - make_interval(secs => 31536000.0 * (%d - g) / %d)) t(at)
                        """.formatted(first, last, events, events));
            }
            Postgres.execute(database, """
                    INSERT INTO event_outcomes (event_id, attempt, stage, result, detail, recorded_at)
                    SELECT e.id, 1, s.stage, s.result, s.detail, e.received_at + interval '2 seconds'
                    FROM webhook_events e,
                         LATERAL (VALUES ('read', 'succeeded', 'ticket read'),
                                         ('orders', CASE WHEN e.status = 'done' THEN 'succeeded' ELSE 'skipped' END, 'orders found'),
                                         ('draft', 'succeeded', 'drafted by the template drafter'),
                                         ('note', CASE WHEN e.status = 'dead' THEN 'failed' ELSE 'succeeded' END, 'posted as message 1'))
                              AS s(stage, result, detail)
                    WHERE e.received_at >= now() - interval '48 hours' AND e.status IN ('done', 'dead')
                    """, "VACUUM ANALYZE");
            long seedMillis = (System.nanoTime() - seedStarted) / 1_000_000;
            var out = new LinkedHashMap<String, Object>();
            out.put("events", events);
            out.put("outcomes", Postgres.count(database, "SELECT count(*) FROM event_outcomes"));
            out.put("seed_ms", seedMillis);
            try (var bridge = ServiceProcess.start(ServiceProcess.serviceArgs(repo, jar), env, logs.resolve("stats.log"))) {
                String token = token(env);
                List<Map<String, Object>> windows = new ArrayList<>();
                for (String window : List.of("24h", "30d")) {
                    URI uri = bridge.uri("/api/stats?window=" + window);
                    call(uri, token);
                    List<Long> micros = new ArrayList<>();
                    for (int i = 0; i < CALLS; i++) {
                        long t = System.nanoTime();
                        call(uri, token);
                        micros.add((System.nanoTime() - t) / 1000);
                    }
                    var w = new LinkedHashMap<String, Object>();
                    w.put("window", window);
                    w.put("calls", CALLS);
                    w.putAll(Latencies.summary(micros.stream().mapToLong(Long::longValue).toArray()));
                    windows.add(w);
                }
                out.put("api_stats", windows);
            }
            out.put("load_average", java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
            return out;
        } finally {
            Postgres.drop(database);
        }
    }

    private static void call(URI uri, String token) throws Exception {
        var response = CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/api/stats answered " + response.statusCode() + ": " + response.body());
        }
    }

    private String token(Map<String, String> env) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-jar", jar.toString(), "token", "--subject", "bench"));
        return Tools.run(command, env, 60).lines().filter(l -> l.startsWith("ey")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the token command printed no token"));
    }
}
