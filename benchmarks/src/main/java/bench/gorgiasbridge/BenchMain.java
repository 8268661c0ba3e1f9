package bench.gorgiasbridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/bench}: runs every benchmark against 127.0.0.1 and writes bench/results/*.json and
 * docs/performance.md. Arguments: [--quick]; BENCH_POINT_SECONDS sets the length of each load point.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path jar = repo.resolve("bootstrap/target/gorgias-bridge.jar");
        Path logs = repo.resolve("bench/results/logs");
        boolean quick = List.of(args).contains("--quick");
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_POINT_SECONDS", quick ? "2" : "5"));
        int[] levels = quick ? new int[] {16, 64} : new int[] {4, 16, 64};

        var results = new LinkedHashMap<String, Object>();
        results.put("recorded_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.put("quick", quick);
        results.put("machine", Machine.describe());
        results.put("jvm_options", String.join(" ", Files.readAllLines(repo.resolve("scripts/jvm.options")).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList()));
        results.put("point_seconds", seconds);
        String before = Files.readString(Path.of("/proc/loadavg")).strip();
        results.put("load_average_before", before);
        if (Double.parseDouble(before.split(" ")[0]) > 1.5) {
            System.err.println("[bench] WARNING: 1-minute load average " + before.split(" ")[0]
                    + " > 1.5: other work competes for the CPUs; the figures will say so");
        }
        long started = System.nanoTime();
        System.err.println("[bench] ingest: service and pgbench interleaved, bodies of 2, 8 and 32 messages; " + seconds + " s per point");
        results.put("ingest", new IngestBench(repo, jar, logs, levels, Duration.ofSeconds(seconds), quick).run());
        System.err.println("[bench] queue drain");
        results.put("drain", new DrainBench(repo, jar, logs).run(quick ? 1000 : 5000, 4));
        System.err.println("[bench] processing with 50 ms Gorgias/Shopify latency");
        results.put("processing", new ProcessingBench(repo, jar, logs).run(quick ? new int[] {4} : new int[] {1, 4, 16}, 30));
        System.err.println("[bench] /api/stats over a large inbox");
        results.put("stats", new StatsBench(repo, jar, logs).run(quick ? 200_000 : 10_000_000));
        results.put("duration_s", (System.nanoTime() - started) / 1_000_000_000L);

        results.put("load_average_after", Files.readString(Path.of("/proc/loadavg")).strip());
        String json = Json.write(results);
        // A quick run checks the harness: its figures go beside, never into, the published ones.
        Path dir = repo.resolve(quick ? "bench/results/quick" : "bench/results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("latest.json"), json + "\n");
        Files.writeString(dir.resolve("run-" + results.get("recorded_at").toString().replace(":", "") + ".json"), json + "\n");
        Path report = quick ? dir.resolve("performance.md") : repo.resolve("docs/performance.md");
        Files.writeString(report, Report.markdown(results));
        System.err.println("[bench] wrote " + repo.relativize(dir.resolve("latest.json")) + " and " + repo.relativize(report)
                + " in " + results.get("duration_s") + " s");
        System.out.println(json);
    }

    /** The machine the numbers came from. */
    static final class Machine {
        private Machine() {
        }

        static Map<String, Object> describe() throws Exception {
            var out = new LinkedHashMap<String, Object>();
            out.put("nproc", Runtime.getRuntime().availableProcessors());
            String lscpu = Tools.run(List.of("lscpu"), Map.of(), 10);
            out.put("lscpu", lscpu.lines().limit(15).map(String::strip).toList());
            out.put("cpu_model", lscpu.lines().filter(l -> l.startsWith("Model name:")).map(l -> l.substring(11).strip())
                    .findFirst().orElse("unknown CPU"));
            long kib = Long.parseLong(Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\D", ""));
            out.put("memory", String.format("%.1f GiB memory", kib / 1024.0 / 1024.0));
            out.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            out.put("postgresql", Postgres.rows("postgres", "SHOW server_version_num").getFirst()[0]);
            return out;
        }
    }
}
