package bench.gorgiasbridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * docs/performance.md from one run's results: every figure in it comes from that run, with the machine and
 * its load; the explanations around the figures are fixed text.
 */
final class Report {
    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r) {
        var ingest = (Map<String, Object>) r.get("ingest");
        var comparisons = (List<Map<String, Object>>) ingest.get("comparisons");
        var bare = (List<Map<String, Object>>) ingest.get("bare_javalin_closed_loop");
        var open = (List<Map<String, Object>>) ingest.get("service_open_loop");
        var pgOpen = (List<Map<String, Object>>) ingest.get("pgbench_open_loop");
        var footprint = (Map<String, Object>) ingest.get("footprint");
        var drain = (Map<String, Object>) r.get("drain");
        var processing = (Map<String, Object>) r.get("processing");
        var stats = (Map<String, Object>) r.get("stats");
        var machine = (Map<String, Object>) r.get("machine");
        List<String> warnings = warnings(r, comparisons);

        var md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Every figure below comes from one run of `scripts/bench").append(Boolean.TRUE.equals(r.get("quick")) ? " --quick" : "")
                .append("` on ").append(r.get("recorded_at")).append(" (`bench/results/run-*.json` keeps it), on a machine with ")
                .append(machine.get("nproc")).append(" CPUs (").append(machine.get("cpu_model")).append(", ")
                .append(machine.get("memory")).append("). Load generators, service and PostgreSQL share those CPUs.\n\n");
        md.append("Load average (1, 5, 15 min) before the run: `").append(r.get("load_average_before")).append("`, after: `")
                .append(r.get("load_average_after")).append("`.\n\n");
        if (Boolean.TRUE.equals(r.get("quick"))) {
            md.append("**This was a `--quick` run (short points, small seeds): it checks the harness, its figures are not for publishing.**\n\n");
        }
        if (!warnings.isEmpty()) {
            md.append("**Warnings about this run** (read the figures with them in mind):\n\n");
            warnings.forEach(w -> md.append("- ").append(w).append("\n"));
            md.append("\n");
        }

        md.append("## Summary\n\n| | Result | Target | |\n|---|---|---|---|\n");
        for (var c : comparisons) {
            int messages = ((Number) c.get("messages")).intValue();
            int connections = ((Number) c.get("connections")).intValue();
            if ((messages == 2 || messages == 8) && (connections == 16 || connections == 64)) {
                md.append(row("Ingest ÷ pgbench ceiling, " + messages + "-message ticket, " + connections + " connections (median of "
                                + IngestBench.REPEATS + ", min–max)",
                        c.get("ratio_median") + "× (" + c.get("ratio_min") + "–" + c.get("ratio_max") + ")", "≥ 1.0×",
                        verdict(num(c, "ratio_median") >= 1.0)));
            }
        }
        var half = open.stream().filter(o -> num(o, "share") == 0.5).findFirst();
        half.ifPresent(h -> md.append(row("p99 at half the 8-message ceiling (open loop, " + h.get("target_rps") + " req/s)",
                h.get("p99_ms") + " ms", "≤ 25 ms", verdict(num(h, "p99_ms") <= 25))));
        md.append(row("Queue drain, skipped events, WORKER_CONCURRENCY=" + drain.get("worker_concurrency"),
                drain.get("events_per_s") + " events/s", "≥ 1,500/s", verdict(num(drain, "events_per_s") >= 1500)));
        md.append(row("Transactions per drained event (claim, outcomes, final state)", String.valueOf(drain.get("commits_per_event")),
                "≤ 1", verdict(num(drain, "commits_per_event") <= 1.0)));
        double upstream = num(processing, "upstream_ms_per_event") / 1000.0;
        for (var p : (List<Map<String, Object>>) processing.get("notes")) {
            double bound = num(p, "worker_concurrency") / upstream;
            md.append(row("Enriched events, WORKER_CONCURRENCY=" + p.get("worker_concurrency") + " (bound " + fmt(bound) + "/s)",
                    p.get("events_per_s") + " events/s", "≥ 80 % of bound", verdict(num(p, "events_per_s") >= 0.8 * bound)));
        }
        md.append(row("Resident memory idle / peak under load", footprint.get("rss_idle_mib") + " / "
                + footprint.get("rss_under_load_mib") + " MiB", "≤ 300 MiB", verdict(num(footprint, "rss_under_load_mib") <= 300)));
        md.append(row("Start to /health/ready, external database (migrated / fresh)",
                footprint.get("start_to_ready_migrated_database_ms") + " / " + footprint.get("start_to_ready_fresh_database_ms") + " ms",
                "≤ 2,000 ms", verdict(num(footprint, "start_to_ready_migrated_database_ms") <= 2000)));
        for (var w : (List<Map<String, Object>>) stats.get("api_stats")) {
            md.append(row("/api/stats?window=" + w.get("window") + " over " + String.format("%,d", ((Number) stats.get("events")).longValue())
                    + " stored events (max of " + w.get("calls") + ")", w.get("max_ms") + " ms", "≤ 200 ms", verdict(num(w, "max_ms") <= 200)));
        }
        md.append("\n");

        md.append("## Ingest: service against pgbench, interleaved\n\n");
        md.append("Bodies: the `{{context}}` payload of `contracts/gorgias/ticket-message-created.json`, grown to a ticket with\n")
                .append("2, 8 and 32 messages by repeating the contract's messages (`Bodies.java`); every delivery has its own\n")
                .append("ticket and message ids, so each is a new row. Sizes: ");
        for (var b : (List<Map<String, Object>>) ingest.get("bodies")) {
            md.append(b.get("messages")).append(" messages ").append(b.get("bytes")).append(" bytes; ");
        }
        md.append("\nThe service (`WORKER_CONCURRENCY=0`, rate limits raised so they do not cap the measurement, the default JVM\n")
                .append("options of `scripts/jvm.options`) runs under wrk; pgbench inserts the same body into the same table, one\n")
                .append("statement and one commit per row, `ON CONFLICT … RETURNING` like the service. For each body and connection\n")
                .append("count: service, pgbench, three times in a row, ").append(r.get("point_seconds"))
                .append(" s each; the ratio is taken per pair. Commits per request count the service's transactions\n")
                .append("(pg_stat_database) per stored webhook: they do not depend on the machine's load.\n\n");
        md.append("| Messages | Connections | Service req/s (median) | pgbench rows/s (median) | Ratio median (min–max) | Service p99 ms | Commits per request | Load average |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (var c : comparisons) {
            md.append("| ").append(c.get("messages")).append(" | ").append(c.get("connections")).append(" | ")
                    .append(c.get("service_rps_median")).append(" | ").append(c.get("pgbench_tps_median")).append(" | ")
                    .append(c.get("ratio_median")).append("× (").append(c.get("ratio_min")).append("–").append(c.get("ratio_max"))
                    .append(") | ").append(c.get("service_p99_ms_median")).append(" | ").append(c.get("service_commits_per_request"))
                    .append(" | `").append(c.get("load_average")).append("` |\n");
        }
        md.append("\nBare Javalin (read the 8-message body, answer 202; the HTTP ceiling on this machine): ");
        for (var b : bare) {
            md.append(b.get("connections")).append(" connections ").append(b.get("rps")).append(" req/s; ");
        }
        md.append("\n\n### Open loop (fixed rates, latency from the intended send time)\n\n");
        md.append("`OpenLoop.java` (wrk2's model: request *i* is due at start + *i*/rate whatever the answers do, no coordinated\n")
                .append("omission), 8-message bodies, on the same service process after the closed-loop points. pgbench sends the same\n")
                .append("row at the same rate (`-R`, 4 clients): the database's own tail at that rate.\n\n");
        md.append("| Rate | Target req/s | Achieved 2xx/s | p50 ms | p95 ms | p99 ms | max ms | errors | pgbench p50 ms | pgbench p99 ms |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (var o : open) {
            var db = pgOpen.stream().filter(p -> num(p, "share") == num(o, "share")).findFirst();
            md.append("| ").append(o.get("share")).append(" × ").append(o.get("of")).append(" | ").append(o.get("target_rps")).append(" | ")
                    .append(o.get("achieved_rps")).append(" | ").append(o.get("p50_ms")).append(" | ").append(o.get("p95_ms"))
                    .append(" | ").append(o.get("p99_ms")).append(" | ").append(o.get("max_ms")).append(" | ").append(o.get("errors"))
                    .append(" | ").append(db.map(p -> p.get("p50_ms")).orElse("")).append(" | ").append(db.map(p -> p.get("p99_ms")).orElse(""))
                    .append(" |\n");
        }
        md.append(INGEST_NOTES);

        md.append("\n## Queue\n\n");
        md.append(String.format("%,d", ((Number) drain.get("events")).longValue())).append(" agent replies on ").append(drain.get("tickets"))
                .append(" tickets (the 2-message contract ticket, from an agent: claimed, read, skipped, no external call), queued\n")
                .append("before the service started with WORKER_CONCURRENCY=").append(drain.get("worker_concurrency")).append(": ")
                .append(drain.get("events_per_s")).append(" events/s from first claim to last (").append(drain.get("first_to_last_s"))
                .append(" s), ").append(drain.get("start_to_empty_ms")).append(" ms from starting the JVM to an empty queue (ready after ")
                .append(drain.get("start_to_ready_ms")).append(" ms); ").append(drain.get("commits_per_event"))
                .append(" transactions per event; ").append(drain.get("outcomes_recorded")).append(" stage outcomes recorded. Load average after: `")
                .append(drain.get("load_average")).append("`.\n\n");
        md.append("With WireMock playing Gorgias and Shopify, every answer ").append(processing.get("gorgias_shopify_latency_ms"))
                .append(" ms late; each event is a customer message from a new customer (one Shopify query, one note), so the bound is\n")
                .append("WORKER_CONCURRENCY ÷ ").append(processing.get("upstream_ms_per_event")).append(" ms. End-to-end latency runs from the accept to the note's `posted_at`.\n\n");
        md.append("| WORKER_CONCURRENCY | Events | Completed | Events/s | Bound/s | p50 ms | p95 ms |\n|---|---|---|---|---|---|---|\n");
        for (var p : (List<Map<String, Object>>) processing.get("notes")) {
            md.append("| ").append(p.get("worker_concurrency")).append(" | ").append(p.get("events")).append(" | ").append(p.get("completed"))
                    .append(" | ").append(p.get("events_per_s")).append(" | ").append(fmt(num(p, "worker_concurrency") / upstream))
                    .append(" | ").append(p.get("end_to_end_p50_ms")).append(" | ").append(p.get("end_to_end_p95_ms")).append(" |\n");
        }
        md.append(QUEUE_NOTES);

        md.append("\n## Statistics\n\n");
        md.append(String.format("%,d", ((Number) stats.get("events")).longValue()))
                .append(" events seeded with generate_series over the last 365 days (").append(stats.get("outcomes"))
                .append(" stage outcomes for the last 48 hours), seeded in ").append(stats.get("seed_ms")).append(" ms through the\n")
                .append("same triggers as live traffic; `/api/stats` timed over HTTP after one unreported call:\n\n");
        md.append("| Window | Calls | p50 ms | max ms |\n|---|---|---|---|\n");
        for (var w : (List<Map<String, Object>>) stats.get("api_stats")) {
            md.append("| ").append(w.get("window")).append(" | ").append(w.get("calls")).append(" | ").append(w.get("p50_ms"))
                    .append(" | ").append(w.get("max_ms")).append(" |\n");
        }
        md.append(STATS_NOTES);

        md.append("\n## Footprint and start\n\n");
        md.append("Resident memory of the ingest service: ").append(footprint.get("rss_idle_mib")).append(" MiB idle, ")
                .append(footprint.get("rss_under_load_mib")).append(" MiB at most while under load (sampled every 200 ms), high-water mark ")
                .append(footprint.get("rss_peak_hwm_mib")).append(" MiB. Start to `/health/ready`: ")
                .append(footprint.get("start_to_ready_fresh_database_ms")).append(" ms on a fresh database (migrations applied), ")
                .append(footprint.get("start_to_ready_migrated_database_ms")).append(" ms on a migrated one. JVM options: `")
                .append(r.get("jvm_options")).append("`.\n");
        md.append(FOOTPRINT_NOTES);

        md.append("\n## Machine\n\n```\nnproc: ").append(machine.get("nproc")).append("\n").append(machine.get("memory")).append("\n");
        for (Object line : (List<?>) machine.get("lscpu")) {
            md.append(line).append("\n");
        }
        md.append("JDK: ").append(machine.get("jdk")).append("\nPostgreSQL server_version_num: ")
                .append(((Number) machine.get("postgresql")).longValue()).append("\n```\n");
        md.append(REPRODUCING);
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> warnings(Map<String, Object> r, List<Map<String, Object>> comparisons) {
        List<String> out = new ArrayList<>();
        double before = Double.parseDouble(r.get("load_average_before").toString().split(" ")[0]);
        if (before > 1.5) {
            out.add("the 1-minute load average was " + before + " before the run: other work competed for the CPUs");
        }
        for (int i = 0; i < comparisons.size(); i++) {
            var c = comparisons.get(i);
            var tps = ((List<Map<String, Object>>) c.get("pgbench")).stream().mapToDouble(p -> num(p, "tps")).toArray();
            double min = java.util.Arrays.stream(tps).min().orElse(0);
            double max = java.util.Arrays.stream(tps).max().orElse(0);
            if (min > 0 && max / min > 1.3) {
                out.add(String.format("the pgbench ceiling of the %s-message body at %s clients moved from %.0f to %.0f rows/s between repeats",
                        c.get("messages"), c.get("connections"), min, max));
            }
            for (int j = 0; j < i; j++) {
                var lower = comparisons.get(j);
                if (lower.get("messages").equals(c.get("messages")) && num(lower, "connections") < num(c, "connections")
                        && num(c, "pgbench_tps_median") < 0.8 * num(lower, "pgbench_tps_median")) {
                    out.add(String.format("inconsistent ceiling: pgbench with the %s-message body was slower at %s clients (%s rows/s) "
                                    + "than at %s (%s rows/s)", c.get("messages"), c.get("connections"), c.get("pgbench_tps_median"),
                            lower.get("connections"), lower.get("pgbench_tps_median")));
                }
            }
        }
        return out;
    }

    private static final String INGEST_NOTES = """

            **How ingest reaches the database's pace.** A webhook is stored before it is answered, so the database's
            commit is the floor of ingest. Deliveries that arrive together are written by one multi-row
            `INSERT … ON CONFLICT DO NOTHING RETURNING` in autocommit (one round trip, one commit for the batch), by four
            writers so that several batches are in flight and PostgreSQL flushes their commits together (`GroupCommit`).
            Until issue 17 a row trigger sent a `NOTIFY` for every inserted event; PostgreSQL serialises the commits of
            all notifying transactions (a database-wide lock held until the commit record is flushed), so neither the
            batches nor pgbench's rows could share a flush: that is what capped both and made pgbench slower with 64
            clients than with 16. The workers are now woken after the commit, by one `NOTIFY` per burst at most every
            10 ms from a connection of its own (`ArrivalSignal`). Per request, one streaming JSON pass reads the three
            fields ingest needs (building the whole tree of a 10 KB ticket was the largest CPU share in JFR profiles) and
            UTF-8 is validated by the JDK's fast decoder. The one throwable created per batch is HikariCP's leak-detection
            stack capture (`ProxyLeakTask`), the price of `leakDetectionThreshold`; no exception is thrown per request
            (JFR `jdk.JavaExceptionThrow` over ingest and drain runs). The `NullPointerException` from a Kotlin-compiled
            library seen in earlier profiles was Javalin 7.2's first-request initialisation (`JavalinServlet.servletContextConfig`,
            a lazy value that is not thread-safe): requests arriving together on a fresh process raced on it and some were
            answered 500 (seen once in the kill -9 test after a restart). `FirstRequestGate` (adapters-http) holds the
            requests of a fresh server until the first has passed that point.
            """;

    private static final String QUEUE_NOTES = """

            **How the queue drains.** A claim takes up to twice the worker concurrency in one statement that reads due
            events in index order and stops after the batch, so it costs the same with ten or a million queued; the
            per-ticket rules read only a ticket's unfinished events. Leases are renewed from the claim on, so an event
            waiting its turn keeps its lease. When an attempt ends, its final state and stage outcomes are written in one
            statement, together with those of the other workers that finished meanwhile (`AttemptEndings`).

            ### What may be committed asynchronously

            Claims and attempt endings (and the rollup folds, below) commit with `synchronous_commit = off`, set for
            that one statement (`EventQueueSql.ASYNC_COMMIT`). Ingest, the note ledger and everything else commit
            synchronously. Why losing such a write in a crash of PostgreSQL is harmless: WAL is flushed in order, so a
            synchronous commit makes every earlier asynchronous one durable too. Every effect outside the database —
            posting a note to Gorgias — is preceded by a synchronous write of the note ledger (the reservation), so a
            claim or ending that a crash lost was followed by no external effect that depended on it. What a crash can
            lose is therefore the last fraction of a second of queue bookkeeping: an event goes back to pending (a lost
            claim) or to processing under a lease that expires (a lost ending), and is processed again; the ledger makes
            that second attempt find its note instead of posting another, and a skipped event is simply skipped again.
            Exactly-once notes, lease fencing and per-ticket order are unchanged (the persistence contract tests, the
            worker tests and the reliability module's kill -9 test cover them).
            """;

    private static final String STATS_NOTES = """

            Counts by hour of receipt and status are kept as events change: statement-level triggers (V8) append each
            statement's net changes to `event_count_changes`, an append-only log, so concurrent writers never wait on
            a shared counter row; readers fold the log into `event_counts` (one asynchronously committed statement;
            losing a fold loses nothing, the log rows come back with it). `/api/stats` and the queue gauges read whole
            hours from the rollup and the partial hours at a window's edges from the events themselves
            (`EventCountRollup`); `EventCountRollupTest` checks the rollup against counting the inbox after every kind of
            change. Outcome and note counts read their window through indexes on `recorded_at` and `created_at`.
            """;

    private static final String FOOTPRINT_NOTES = """

            The JVM options live in `scripts/jvm.options`, read by `scripts/run`, the container (`java @/app/jvm.options`)
            and this benchmark: SerialGC (one or two CPUs, a heap of a few hundred MiB: the collector with the least
            memory and thread overhead), `-Xmx128m` (the live set under load is a few tens of MiB; the rest is room for
            request bodies in flight), `-Xss512k`, capped metaspace, code cache and direct memory, exit on
            OutOfMemoryError so the orchestrator restarts the process, and an application class-data archive
            (AppCDS) in `/tmp`, written by the JVM when it exits and checked against the jar at the next start: class
            loading is most of the start-up time, and the archive spares most of it from the second start on (the
            "migrated" start below runs with the archive the first start left). See docs/runbook.md for changing them.
            """;


    private static final String REPRODUCING = """

            ## Reproducing

            ```sh
            scripts/bench            # the published run: well under 30 minutes; BENCH_POINT_SECONDS=N for longer points
            scripts/bench --quick    # a few minutes: checks the harness, figures not for publishing
            ```

            Run it on a quiet machine: it warns when the 1-minute load average exceeds 1.5 before it starts. It builds the
            jar if needed, installs wrk and pgbench with apt-get when missing, creates and drops its own databases on
            127.0.0.1:5432 (`BENCH_PG_HOST`, `BENCH_PG_PORT`, `BENCH_PG_USER`, `BENCH_PG_PASSWORD`), and writes
            `bench/results/latest.json` (plus a dated copy) and this file. The benchmarks are not tests and do not run in
            `./mvnw verify`; there the `benchmarks` module is compiled and its load generator tested. Service logs of the
            run are kept under `bench/results/logs/` (not committed).
            """;

    private static String row(String what, String result, String target, String verdict) {
        return "| " + what + " | " + result + " | " + target + " | " + verdict + " |\n";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**not met**";
    }

    private static String fmt(double value) {
        return Long.toString(Math.round(value));
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
