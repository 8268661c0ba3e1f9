package bench.gorgiasbridge;

import java.io.IOException;
import java.nio.file.Files;
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
 * Ingest: the service jar (WORKER_CONCURRENCY=0, a fresh database, the default JVM options of
 * scripts/jvm.options) against pgbench inserting the same body one commit per row, point after point in
 * the same run: for each body (a ticket with 2, 8 and 32 messages, see {@link Bodies}) and connection count,
 * service then pgbench, three times. The ratio of each pair, its median and its spread are what the report
 * publishes; a ceiling that contradicts itself (more clients slower than fewer, repeats far apart) is flagged.
 * Then the open loop at shares of the 8-message ceiling (with pgbench -R at the same rate), the bare-Javalin
 * HTTP ceiling, and the footprint of that process.
 */
final class IngestBench {
    static final String TOKEN = "bench-webhook-token-0123456789abcdef";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without");
    private static final Pattern AVERAGE = Pattern.compile("latency average = ([0-9.]+) ms");
    static final int[] MESSAGES = {2, 8, 32};
    static final int REPEATS = 3;

    private final Path repo;
    private final Path jar;
    private final Path logs;
    private final int[] levels;
    private final Duration point;
    private final boolean quick;
    private int run = (int) (System.currentTimeMillis() / 1000 % 1_000_000);

    IngestBench(Path repo, Path jar, Path logs, int[] levels, Duration point, boolean quick) {
        this.repo = repo;
        this.jar = jar;
        this.logs = logs;
        this.levels = levels;
        this.point = point;
        this.quick = quick;
    }

    Map<String, Object> run() throws Exception {
        var out = new LinkedHashMap<String, Object>();
        String database = Postgres.create("gb_bench_ingest");
        Path work = Files.createTempDirectory("bench-bodies-");
        try {
            var env = Map.of("DATABASE_URL", Postgres.url(database), "GORGIAS_WEBHOOK_TOKEN", TOKEN,
                    "WORKER_CONCURRENCY", "0", "LOG_FORMAT", "json",
                    // The limiter is measured, not the limit: 100/s by default would cap every point.
                    "WEBHOOK_RATE_PER_SECOND", "100000", "WEBHOOK_RATE_BURST", "1000000");
            Map<Integer, String> templates = new LinkedHashMap<>();
            Map<Integer, Path> bodyFiles = new LinkedHashMap<>();
            Map<Integer, Path> scripts = new LinkedHashMap<>();
            List<Map<String, Object>> bodies = new ArrayList<>();
            for (int messages : MESSAGES) {
                String template = Bodies.template(repo, messages);
                templates.put(messages, template);
                bodyFiles.put(messages, Files.writeString(work.resolve("body-" + messages + ".json"), template));
                scripts.put(messages, Files.writeString(work.resolve("insert-" + messages + ".sql"), Bodies.pgbenchScript(template)));
                bodies.add(Map.of("messages", messages, "bytes", Bodies.delivery(template, 123456789L, 1).length));
            }
            out.put("bodies", bodies);
            var footprint = new LinkedHashMap<String, Object>();
            List<Map<String, Object>> comparisons = new ArrayList<>();
            List<Map<String, Object>> openLoop = new ArrayList<>();
            List<Map<String, Object>> pgbenchOpenLoop = new ArrayList<>();
            try (var bridge = ServiceProcess.start(ServiceProcess.serviceArgs(repo, jar), env, logs.resolve("ingest-service.log"))) {
                footprint.put("start_to_ready_fresh_database_ms", bridge.readyMillis);
                Thread.sleep(2000);
                footprint.put("rss_idle_mib", bridge.memory("VmRSS"));
                var peak = new AtomicReference<>(0.0);
                Thread sampler = Thread.ofVirtual().start(() -> sampleRss(bridge, peak));
                wrk(bridge, 16, quick ? Duration.ofSeconds(3) : WARM_UP, bodyFiles.get(8)); // JIT and the pool, not reported
                for (int messages : MESSAGES) {
                    for (int c : levels) {
                        comparisons.add(compare(bridge, database, messages, c, bodyFiles.get(messages), scripts.get(messages)));
                    }
                }
                sampler.interrupt();
                footprint.put("rss_under_load_mib", peak.get());
                footprint.put("rss_peak_hwm_mib", bridge.memory("VmHWM"));
                double dbCeiling = comparisons.stream().filter(m -> m.get("messages").equals(8))
                        .mapToDouble(m -> ((Number) m.get("pgbench_tps_median")).doubleValue()).max().orElse(0);
                String template = templates.get(8);
                var headers = Map.of("Content-Type", "application/json", "X-Gorgias-Bridge-Token", TOKEN);
                var uri = bridge.uri("/webhooks/gorgias/ticket?event=ticket-message-created");
                long ticket = 900_000_000L + run;
                // The generator's first seconds (its own class loading and JIT) would be charged to the service: discarded.
                OpenLoop.run(uri, headers, Math.max(1, 0.5 * dbCeiling), Duration.ofSeconds(quick ? 2 : 5),
                        n -> Bodies.delivery(template, ticket, WARM_UP_MESSAGES + n));
                long firstMessage = 2 * WARM_UP_MESSAGES;
                for (double share : new double[] {0.25, 0.5}) {
                    long offset = firstMessage;
                    firstMessage += WARM_UP_MESSAGES;
                    double rate = Math.max(1, share * dbCeiling);
                    var result = new LinkedHashMap<String, Object>();
                    result.put("share", share);
                    result.put("of", DATABASE_CEILING);
                    result.putAll(OpenLoop.run(uri, headers, rate, point, n -> Bodies.delivery(template, ticket, offset + n)));
                    openLoop.add(result);
                    pgbenchOpenLoop.add(pgbenchAtRate(database, share, rate, scripts.get(8)));
                }
            }
            try (var bridge = ServiceProcess.start(ServiceProcess.serviceArgs(repo, jar), env, logs.resolve("ingest-service-2.log"))) {
                footprint.put("start_to_ready_migrated_database_ms", bridge.readyMillis);
            }
            List<Map<String, Object>> bare = new ArrayList<>();
            // Without a configuration logback logs every Jetty event at DEBUG, which would make the ceiling a floor.
            try (var baseline = ServiceProcess.start(List.of("-Dlogback.configurationFile=bench/logback-quiet.xml",
                    "-cp", System.getProperty("java.class.path"), BareHttp.class.getName(), "PORT"), Map.of(),
                    logs.resolve("bare-http.log"))) {
                wrk(baseline, 16, Duration.ofSeconds(quick ? 2 : 5), bodyFiles.get(8));
                for (int c : levels) {
                    var p = wrk(baseline, c, point, bodyFiles.get(8));
                    p.put("messages", 8);
                    bare.add(p);
                }
            }
            out.put("comparisons", comparisons);
            out.put("service_open_loop", openLoop);
            out.put("pgbench_open_loop", pgbenchOpenLoop);
            out.put("bare_javalin_closed_loop", bare);
            out.put("footprint", footprint);
            out.put("rows_stored", Postgres.count(database, "SELECT count(*) FROM webhook_events WHERE dedup_key NOT LIKE 'pgbench:%'"));
            return out;
        } finally {
            Postgres.drop(database);
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static final String DATABASE_CEILING = "database ceiling";

    /**
     * One body at one connection count: service and pgbench interleaved, {@value #REPEATS} times, so both meet
     * the same machine. Also counts what does not depend on the machine's load: commits per stored webhook.
     */
    private Map<String, Object> compare(ServiceProcess bridge, String database, int messages, int connections,
                                        Path bodyFile, Path script) throws Exception {
        List<Map<String, Object>> service = new ArrayList<>();
        List<Map<String, Object>> pgbench = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long commits = 0;
        long requests = 0;
        for (int i = 0; i < REPEATS; i++) {
            long before = Postgres.commits(database);
            var s = wrk(bridge, connections, point, bodyFile);
            Thread.sleep(1100); // PostgreSQL publishes a backend's counters at most once a second
            commits += Postgres.commits(database) - before;
            requests += (long) s.get("requests");
            var p = pgbench(database, connections, script);
            service.add(s);
            pgbench.add(p);
            ratios.add(((Number) s.get("rps")).doubleValue() / Math.max(1, ((Number) p.get("tps")).doubleValue()));
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("messages", messages);
        out.put("connections", connections);
        out.put("service", service);
        out.put("pgbench", pgbench);
        out.put("ratios", ratios.stream().map(r -> Math.round(r * 100) / 100.0).toList());
        out.put("ratio_median", Math.round(median(ratios) * 100) / 100.0);
        out.put("ratio_min", Math.round(ratios.stream().mapToDouble(d -> d).min().orElse(0) * 100) / 100.0);
        out.put("ratio_max", Math.round(ratios.stream().mapToDouble(d -> d).max().orElse(0) * 100) / 100.0);
        out.put("service_rps_median", Math.round(median(service.stream().map(m -> ((Number) m.get("rps")).doubleValue()).toList())));
        out.put("pgbench_tps_median", Math.round(median(pgbench.stream().map(m -> ((Number) m.get("tps")).doubleValue()).toList())));
        out.put("service_p99_ms_median", median(service.stream().map(m -> ((Number) m.get("p99_ms")).doubleValue()).toList()));
        out.put("service_commits_per_request", requests == 0 ? 0 : Math.round(1000.0 * commits / requests) / 1000.0);
        out.put("load_average", Files.readString(Path.of("/proc/loadavg")).strip());
        return out;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Closed-loop traffic before the first reported point: JIT compilation and the connection pool. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    /** Message ids are spaced by this much between open-loop points, so every point sends new events. */
    private static final long WARM_UP_MESSAGES = 10_000_000L;

    private Map<String, Object> wrk(ServiceProcess target, int connections, Duration duration, Path bodyFile)
            throws IOException, InterruptedException {
        run++;
        String text = Tools.run(List.of("wrk", "-t", Integer.toString(Math.min(2, connections)), "-c", Integer.toString(connections),
                        "-d", duration.toSeconds() + "s", "--timeout", "10s", "-s", repo.resolve("bench/wrk/webhook.lua").toString(),
                        target.uri("/webhooks/gorgias/ticket?event=ticket-message-created").toString()),
                Map.of("BENCH_RUN", Integer.toString(run), "BENCH_TOKEN", TOKEN, "BENCH_BODY_FILE", bodyFile.toString()),
                (int) duration.toSeconds() + 60);
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

    private Map<String, Object> pgbench(String database, int clients, Path script) throws IOException, InterruptedException {
        String text = Tools.run(List.of("pgbench", "-n", "-M", "prepared", "-h", Postgres.HOST, "-p", Integer.toString(Postgres.PORT),
                        "-U", Postgres.USER, "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(2, clients)),
                        "-T", Long.toString(point.toSeconds()), "-f", script.toString(), database),
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
    private Map<String, Object> pgbenchAtRate(String database, double share, double rate, Path script)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("bench-pgbench-");
        try {
            Tools.run(List.of("pgbench", "-n", "-M", "prepared", "-h", Postgres.HOST, "-p", Integer.toString(Postgres.PORT),
                            "-U", Postgres.USER, "-c", "4", "-j", "2", "-R", Long.toString(Math.round(rate)),
                            "-T", Long.toString(point.toSeconds()), "-l", "--log-prefix=" + dir.resolve("tx"),
                            "-f", script.toString(), database),
                    Map.of("PGPASSWORD", Postgres.PASSWORD), (int) point.toSeconds() + 60);
            List<Long> micros = new ArrayList<>();
            try (var logsOfClients = Files.list(dir)) {
                for (Path file : logsOfClients.toList()) {
                    // client_id transaction_no time script_no time_epoch time_us [schedule_lag]; time counts from the schedule under -R
                    for (String line : Files.readAllLines(file)) {
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
            try (var files = Files.walk(dir)) {
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
}
