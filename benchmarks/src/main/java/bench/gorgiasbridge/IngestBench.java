package bench.gorgiasbridge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingest: the service jar (WORKER_CONCURRENCY=0, a fresh database) under wrk at several concurrency levels
 * and under the open-loop generator at fixed rates; in the same run the bare-Javalin ceiling (same wrk
 * script) and the pgbench ceiling (the same row, one commit per row). Also the footprint of that process.
 */
final class IngestBench {
    static final String TOKEN = "bench-webhook-token-0123456789abcdef";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without");
    private static final Pattern AVERAGE = Pattern.compile("latency average = ([0-9.]+) ms");

    private final Path repo;
    private final Path jar;
    private final Path logs;
    private final int[] levels;
    private final Duration point;
    private int run = (int) (System.currentTimeMillis() / 1000 % 1_000_000);

    IngestBench(Path repo, Path jar, Path logs, int[] levels, Duration point) {
        this.repo = repo;
        this.jar = jar;
        this.logs = logs;
        this.levels = levels;
        this.point = point;
    }

    Map<String, Object> run() throws Exception {
        var out = new LinkedHashMap<String, Object>();
        String database = Postgres.create("gb_bench_ingest");
        try {
            var env = Map.of("DATABASE_URL", Postgres.url(database), "GORGIAS_WEBHOOK_TOKEN", TOKEN,
                    "WORKER_CONCURRENCY", "0", "LOG_FORMAT", "json",
                    // The limiter is measured, not the limit: 100/s by default would cap every point.
                    "WEBHOOK_RATE_PER_SECOND", "100000", "WEBHOOK_RATE_BURST", "1000000");
            var footprint = new LinkedHashMap<String, Object>();
            List<Map<String, Object>> service = new ArrayList<>();
            List<Map<String, Object>> pgbench = new ArrayList<>();
            List<Map<String, Object>> openLoop = new ArrayList<>();
            List<Map<String, Object>> pgbenchOpenLoop = new ArrayList<>();
            // One process for every ingest point, so the open-loop points meet a JIT-warm service (a fresh JVM
            // needs tens of seconds of traffic on two cores before its tail settles). pgbench runs while it idles.
            try (var bridge = ServiceProcess.start(List.of("-jar", jar.toString()), env, logs.resolve("ingest-service.log"))) {
                footprint.put("start_to_ready_fresh_database_ms", bridge.readyMillis);
                Thread.sleep(2000);
                footprint.put("rss_idle_mib", bridge.memory("VmRSS"));
                var peak = new AtomicReference<>(0.0);
                Thread sampler = Thread.ofVirtual().start(() -> sampleRss(bridge, peak));
                wrk(bridge, 16, WARM_UP); // JIT and the connection pool, not reported
                for (int c : levels) {
                    service.add(wrk(bridge, c, point));
                }
                sampler.interrupt();
                footprint.put("rss_under_load_mib", peak.get());
                footprint.put("rss_peak_hwm_mib", bridge.memory("VmHWM"));
                for (int c : levels) {
                    pgbench.add(pgbench(database, c));
                }
                double dbCeiling = pgbench.stream().mapToDouble(p -> ((Number) p.get("tps")).doubleValue()).max().orElse(0);
                double serviceBest = service.stream().mapToDouble(p -> ((Number) p.get("rps")).doubleValue()).max().orElse(1);
                // The targets are stated against the database ceiling; half the service's own best shows its latency
                // at a rate it can sustain, which on a machine where HTTP is the tighter ceiling is the useful number.
                List<Rate> rates = List.of(new Rate(0.25, DATABASE_CEILING, dbCeiling), new Rate(0.5, DATABASE_CEILING, dbCeiling),
                        new Rate(0.8, DATABASE_CEILING, dbCeiling), new Rate(0.5, "service closed-loop best", serviceBest));
                // The generator's first seconds (its own class loading and JIT) would be charged to the service: discarded.
                OpenLoop.run(bridge.uri("/webhooks/gorgias/ticket?event=ticket-message-created"),
                        Map.of("Content-Type", "application/json", "X-Gorgias-Bridge-Token", TOKEN),
                        Math.max(1, 0.5 * dbCeiling), Duration.ofSeconds(5), n -> body(WARM_UP_MESSAGES + n));
                long firstMessage = 2 * WARM_UP_MESSAGES;
                for (Rate rate : rates) {
                    long offset = firstMessage;
                    firstMessage += WARM_UP_MESSAGES;
                    var result = new LinkedHashMap<String, Object>();
                    result.put("share", rate.share());
                    result.put("of", rate.of());
                    result.putAll(OpenLoop.run(bridge.uri("/webhooks/gorgias/ticket?event=ticket-message-created"),
                            Map.of("Content-Type", "application/json", "X-Gorgias-Bridge-Token", TOKEN),
                            rate.perSecond(), point, n -> body(offset + n)));
                    openLoop.add(result);
                    if (rate.of().equals(DATABASE_CEILING)) {
                        pgbenchOpenLoop.add(pgbenchAtRate(database, rate.share(), rate.perSecond()));
                    }
                }
            }
            try (var bridge = ServiceProcess.start(List.of("-jar", jar.toString()), env, logs.resolve("ingest-service-2.log"))) {
                footprint.put("start_to_ready_migrated_database_ms", bridge.readyMillis);
            }
            List<Map<String, Object>> bare = new ArrayList<>();
            // Without a configuration logback logs every Jetty event at DEBUG, which would make the ceiling a floor.
            try (var baseline = ServiceProcess.start(List.of("-Dlogback.configurationFile=bench/logback-quiet.xml",
                    "-cp", System.getProperty("java.class.path"), BareHttp.class.getName(), "PORT"), Map.of(),
                    logs.resolve("bare-http.log"))) {
                wrk(baseline, 16, WARM_UP);
                for (int c : levels) {
                    bare.add(wrk(baseline, c, point));
                }
            }
            out.put("service_closed_loop", service);
            out.put("service_open_loop", openLoop);
            out.put("bare_javalin_closed_loop", bare);
            out.put("pgbench_one_commit_per_row", pgbench);
            out.put("pgbench_open_loop", pgbenchOpenLoop);
            out.put("footprint", footprint);
            out.put("rows_stored", Postgres.count(database, "SELECT count(*) FROM webhook_events WHERE dedup_key NOT LIKE 'pgbench:%'"));
            return out;
        } finally {
            Postgres.drop(database);
        }
    }

    private static final String DATABASE_CEILING = "database ceiling";

    /** An open-loop point: a share of a measured ceiling. */
    private record Rate(double share, String of, double ceiling) {
        double perSecond() {
            return Math.max(1, share * ceiling);
        }
    }

    /** Closed-loop traffic before the first reported point: JIT compilation and the connection pool. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    /** Message ids are spaced by this much between open-loop points, so every point sends new events. */
    private static final long WARM_UP_MESSAGES = 10_000_000L;

    private byte[] body(long n) {
        String ticket = Long.toString(900_000_000L + run);
        return OPEN_LOOP_TEMPLATE.replace("TICKET", ticket).replace("MESSAGE", Long.toString(n))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Map<String, Object> wrk(ServiceProcess target, int connections, Duration duration) throws IOException, InterruptedException {
        run++;
        String text = Tools.run(List.of("wrk", "-t", Integer.toString(Math.min(2, connections)), "-c", Integer.toString(connections),
                        "-d", duration.toSeconds() + "s", "--timeout", "10s", "-s", repo.resolve("bench/wrk/webhook.lua").toString(),
                        target.uri("/webhooks/gorgias/ticket?event=ticket-message-created").toString()),
                Map.of("BENCH_RUN", Integer.toString(run), "BENCH_TOKEN", TOKEN), (int) duration.toSeconds() + 60);
        Map<String, Double> w = Json.numbers(Tools.lastJsonLine(text));
        var out = new LinkedHashMap<String, Object>();
        out.put("connections", connections);
        out.put("requests", w.get("requests").longValue());
        out.put("rps", Math.round(w.get("requests") / (w.get("duration_us") / 1e6)));
        out.put("p50_ms", Latencies.ms(w.get("p50_us").longValue()));
        out.put("p95_ms", Latencies.ms(w.get("p95_us").longValue()));
        out.put("p99_ms", Latencies.ms(w.get("p99_us").longValue()));
        out.put("max_ms", Latencies.ms(w.get("max_us").longValue()));
        out.put("errors", (long) (w.get("errors_connect") + w.get("errors_read") + w.get("errors_write")
                + w.get("errors_status") + w.get("errors_timeout")));
        return out;
    }

    private Map<String, Object> pgbench(String database, int clients) throws IOException, InterruptedException {
        String text = Tools.run(List.of("pgbench", "-n", "-M", "prepared", "-h", Postgres.HOST, "-p", Integer.toString(Postgres.PORT),
                        "-U", Postgres.USER, "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(2, clients)),
                        "-T", Long.toString(point.toSeconds()), "-f", repo.resolve("bench/pgbench/insert-event.sql").toString(), database),
                Map.of("PGPASSWORD", Postgres.PASSWORD), (int) point.toSeconds() + 60);
        var out = new LinkedHashMap<String, Object>();
        out.put("clients", clients);
        out.put("tps", Math.round(number(TPS.matcher(text))));
        out.put("latency_average_ms", number(AVERAGE.matcher(text)));
        return out;
    }

    /**
     * The database alone at a fixed rate (pgbench -R, four clients): its latency from each transaction's
     * scheduled start, read from pgbench's per-transaction log, so the service's open-loop tail can be set
     * against what one commit per row costs on this machine at the same rate.
     */
    private Map<String, Object> pgbenchAtRate(String database, double share, double rate) throws IOException, InterruptedException {
        Path dir = java.nio.file.Files.createTempDirectory("bench-pgbench-");
        try {
            Tools.run(List.of("pgbench", "-n", "-M", "prepared", "-h", Postgres.HOST, "-p", Integer.toString(Postgres.PORT),
                            "-U", Postgres.USER, "-c", "4", "-j", "2", "-R", Long.toString(Math.round(rate)),
                            "-T", Long.toString(point.toSeconds()), "-l", "--log-prefix=" + dir.resolve("tx"),
                            "-f", repo.resolve("bench/pgbench/insert-event.sql").toString(), database),
                    Map.of("PGPASSWORD", Postgres.PASSWORD), (int) point.toSeconds() + 60);
            List<Long> micros = new ArrayList<>();
            try (var logsOfClients = java.nio.file.Files.list(dir)) {
                for (Path file : logsOfClients.toList()) {
                    // client_id transaction_no time script_no time_epoch time_us [schedule_lag]; time counts from the schedule under -R
                    for (String line : java.nio.file.Files.readAllLines(file)) {
                        micros.add(Long.parseLong(line.split(" ")[2]));
                    }
                }
            }
            var out = new LinkedHashMap<String, Object>();
            out.put("share", share);
            out.put("target_tps", Math.round(rate));
            out.put("clients", 4);
            out.put("transactions", micros.size());
            out.putAll(Latencies.summary(micros.stream().mapToLong(Long::longValue).toArray()));
            return out;
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static double number(Matcher matcher) {
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench output without " + matcher.pattern());
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static void sampleRss(ServiceProcess process, AtomicReference<Double> peak) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                double now = process.memory("VmRSS");
                peak.updateAndGet(p -> Math.max(p, now));
                Thread.sleep(200);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    /** The wrk script's body, for the open-loop generator: one template, the same bytes on the wire. */
    static final String OPEN_LOOP_TEMPLATE = WrkTemplate.read();

    /** Reads the body template out of bench/wrk/webhook.lua so both generators send the same payload. */
    private static final class WrkTemplate {
        static String read() {
            try {
                String lua = java.nio.file.Files.readString(Path.of("bench/wrk/webhook.lua"));
                int start = lua.indexOf("[[") + 2;
                return lua.substring(start, lua.indexOf("]]", start));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

}
