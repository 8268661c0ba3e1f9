package bench.gorgiasbridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue alone: thousands of agent replies (the 2-message contract ticket, the message from an agent, so
 * each is claimed, read and skipped with no external call) stored before the service starts, then timed
 * from the service's start, and from its first claim, until none is left. Four events per ticket, so the
 * one-ticket-at-a-time rule is exercised. Also counts the transactions the drain committed per event, which
 * the machine's load does not move.
 */
final class DrainBench {
    private final Path repo;
    private final Path jar;
    private final Path logs;

    DrainBench(Path repo, Path jar, Path logs) {
        this.repo = repo;
        this.jar = jar;
        this.logs = logs;
    }

    Map<String, Object> run(int events, int concurrency) throws Exception {
        String database = Postgres.create("gb_bench_drain");
        try {
            var env = Map.of("DATABASE_URL", Postgres.url(database), "GORGIAS_WEBHOOK_TOKEN", IngestBench.TOKEN,
                    "WORKER_CONCURRENCY", "0", "LOG_FORMAT", "json");
            // Migrate with an ingest-only start, then queue the events behind its back.
            try (var migrate = ServiceProcess.start(ServiceProcess.serviceArgs(repo, jar), env, logs.resolve("drain-migrate.log"))) {
                migrate.process.pid();
            }
            String template = Bodies.template(repo, 2).replace("\"from_agent\": false", "\"from_agent\": true");
            int tickets = Math.max(1, events / 4);
            Postgres.execute(database, """
                    INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at)
                    SELECT 'message:' || (800000000 + g %% %d) || ':' || g, 'ticket-message-created', 800000000 + g %% %d,
                           replace(replace(t.body, 'TICKET', (800000000 + g %% %d)::text), 'MESSAGE', g::text),
                           now() + g * interval '1 microsecond'
                    FROM generate_series(1, %d) g, (SELECT %s::text AS body) t
                    """.formatted(tickets, tickets, tickets, events, literal(template)), "VACUUM ANALYZE webhook_events");
            long commitsBefore = Postgres.commits(database);
            var workerEnv = new LinkedHashMap<>(env);
            workerEnv.put("WORKER_CONCURRENCY", Integer.toString(concurrency));
            long started = System.nanoTime();
            long readyMillis;
            long emptyMillis;
            try (var bridge = ServiceProcess.start(ServiceProcess.serviceArgs(repo, jar), workerEnv, logs.resolve("drain.log"))) {
                readyMillis = bridge.readyMillis;
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (Postgres.count(database, "SELECT count(*) FROM webhook_events WHERE status <> 'skipped'") > 0
                        && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                emptyMillis = (System.nanoTime() - started) / 1_000_000;
                Thread.sleep(1100); // PostgreSQL publishes a backend's counters at most once a second
            }
            long commits = Postgres.commits(database) - commitsBefore;
            var window = Postgres.rows(database, """
                    SELECT count(*), extract(epoch FROM max(updated_at) - min(updated_at)),
                           (SELECT count(*) FROM event_outcomes)
                    FROM webhook_events WHERE status = 'skipped'
                    """).getFirst();
            var out = new LinkedHashMap<String, Object>();
            out.put("events", events);
            out.put("tickets", tickets);
            out.put("worker_concurrency", concurrency);
            out.put("skipped", (long) window[0]);
            out.put("outcomes_recorded", (long) window[2]);
            out.put("start_to_ready_ms", readyMillis);
            out.put("start_to_empty_ms", emptyMillis);
            out.put("first_to_last_s", Math.round(window[1] * 1000) / 1000.0);
            out.put("events_per_s", Math.round(window[0] / Math.max(window[1], 0.001)));
            out.put("events_per_s_from_start", Math.round(events / (emptyMillis / 1000.0)));
            out.put("commits_per_event", Math.round(1000.0 * commits / events) / 1000.0);
            out.put("load_average", java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
            return out;
        } finally {
            Postgres.drop(database);
        }
    }

    /** A PostgreSQL dollar-quoted literal of a JSON template (which holds no "$body$"). */
    private static String literal(String text) {
        if (text.contains("$body$")) {
            throw new IllegalArgumentException("the template cannot be quoted");
        }
        return "$body$" + text + "$body$";
    }

    static List<Integer> sizes(boolean quick) {
        return quick ? List.of(1000) : List.of(5000);
    }
}
