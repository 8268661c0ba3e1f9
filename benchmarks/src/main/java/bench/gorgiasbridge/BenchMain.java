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
        int[] levels = {1, 4, 16, 64};

        var results = new LinkedHashMap<String, Object>();
        results.put("recorded_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.put("machine", Machine.describe());
        results.put("point_seconds", seconds);
        results.put("load_average_before", Files.readString(Path.of("/proc/loadavg")).strip());
        System.err.println("[bench] ingest: service, pgbench, bare Javalin; " + seconds + " s per point");
        results.put("ingest", new IngestBench(repo, jar, logs, levels, Duration.ofSeconds(seconds)).run());
        System.err.println("[bench] processing with 50 ms Gorgias/Shopify latency");
        results.put("processing", new ProcessingBench(repo, jar, logs).run(new int[] {1, 4, 16}, 30, quick ? 500 : 2000));

        results.put("load_average_after", Files.readString(Path.of("/proc/loadavg")).strip());
        String json = Json.write(results);
        Path dir = repo.resolve("bench/results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("latest.json"), json + "\n");
        Files.writeString(dir.resolve("run-" + results.get("recorded_at").toString().replace(":", "") + ".json"), json + "\n");
        Files.writeString(repo.resolve("docs/performance.md"), Report.markdown(results));
        System.err.println("[bench] wrote bench/results/latest.json and docs/performance.md");
        System.out.println(json);
    }

    /** The machine the numbers came from. */
    static final class Machine {
        private Machine() {
        }

        static Map<String, Object> describe() throws Exception {
            var out = new LinkedHashMap<String, Object>();
            out.put("nproc", Runtime.getRuntime().availableProcessors());
            out.put("lscpu", Tools.run(List.of("lscpu"), Map.of(), 10).lines().limit(15).map(String::strip).toList());
            out.put("memory", Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\s+", " "));
            out.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            out.put("postgresql", Postgres.rows("postgres", "SHOW server_version_num").getFirst()[0]);
            return out;
        }
    }
}
