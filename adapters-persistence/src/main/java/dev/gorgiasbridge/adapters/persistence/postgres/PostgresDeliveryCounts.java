package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.application.ingest.port.out.IngestMetrics;
import dev.gorgiasbridge.application.stats.port.out.DeliveryCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook deliveries by minute and outcome in {@code webhook_delivery_counts}. A delivery only increments
 * an in-memory counter (no lock, no database call on the request path); a background thread adds the
 * counters to the table every few seconds in one batch, and keeps them when the database cannot take them.
 * Reading adds this instance's counts not written yet, so the answer is exact for this instance and at
 * most one flush behind for the others.
 */
public final class PostgresDeliveryCounts implements IngestMetrics, DeliveryCounts, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PostgresDeliveryCounts.class);
    /** Counters of minutes this old are complete: nothing increments them any more, so they can go. */
    private static final Duration SETTLED = Duration.ofMinutes(3);
    private static final String ADD = """
            INSERT INTO webhook_delivery_counts (minute, outcome, count) VALUES (:minute, :outcome, :count)
            ON CONFLICT (minute, outcome) DO UPDATE SET count = webhook_delivery_counts.count + EXCLUDED.count
            """;
    private static final String COUNT = """
            SELECT outcome, sum(count) AS n FROM webhook_delivery_counts
            WHERE minute >= :from AND minute < :to GROUP BY outcome
            """;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<Key, LongAdder> unwritten = new ConcurrentHashMap<>();
    private final Object writing = new Object();
    private final ScheduledExecutorService writer;
    private boolean failing;

    private record Key(Instant minute, WebhookOutcome outcome) {
    }

    PostgresDeliveryCounts(Jdbi jdbi, Clock clock, Duration writeEvery) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "delivery-counts");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::write, writeEvery.toMillis(), writeEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void webhook(WebhookOutcome outcome, Duration latency) {
        unwritten.computeIfAbsent(new Key(clock.instant().truncatedTo(ChronoUnit.MINUTES), outcome), key -> new LongAdder())
                .increment();
    }

    @Override
    public Map<WebhookOutcome, Long> count(Instant from, Instant to) {
        Instant firstMinute = from.truncatedTo(ChronoUnit.MINUTES);
        Map<WebhookOutcome, Long> counts = new EnumMap<>(WebhookOutcome.class);
        // Under the write lock, so a batch is counted either in memory or in the table, never in both or neither.
        synchronized (writing) {
            jdbi.useHandle(handle -> handle.createQuery(COUNT).bind("from", firstMinute).bind("to", to)
                    .map((rs, ctx) -> Map.entry(rs.getString("outcome"), rs.getLong("n")))
                    .forEach(row -> parse(row.getKey()).ifPresent(outcome -> counts.merge(outcome, row.getValue(), Long::sum))));
            unwritten.forEach((key, adder) -> {
                long n = adder.sum();
                if (n > 0 && !key.minute().isBefore(firstMinute) && key.minute().isBefore(to)) {
                    counts.merge(key.outcome(), n, Long::sum);
                }
            });
        }
        return counts;
    }

    /** Adds what was counted since the last write to the table; on failure the counts wait for the next one. */
    void write() {
        synchronized (writing) {
            List<Map.Entry<Key, Long>> batch = new ArrayList<>();
            Instant settled = clock.instant().minus(SETTLED);
            unwritten.forEach((key, adder) -> {
                long n = adder.sumThenReset();
                if (n > 0) {
                    batch.add(Map.entry(key, n));
                } else if (key.minute().isBefore(settled)) {
                    unwritten.remove(key, adder);
                }
            });
            if (batch.isEmpty()) {
                return;
            }
            try {
                jdbi.useHandle(handle -> {
                    PreparedBatch insert = handle.prepareBatch(ADD);
                    for (Map.Entry<Key, Long> entry : batch) {
                        insert.bind("minute", entry.getKey().minute()).bind("outcome", wireName(entry.getKey().outcome()))
                                .bind("count", entry.getValue()).add();
                    }
                    insert.execute();
                });
                if (failing) {
                    log.info("webhook delivery counts written again");
                    failing = false;
                }
            } catch (RuntimeException e) {
                batch.forEach(entry -> unwritten.computeIfAbsent(entry.getKey(), key -> new LongAdder()).add(entry.getValue()));
                if (!failing) {
                    log.warn("webhook delivery counts not written, kept for the next try: {}", e.toString());
                    failing = true;
                }
            }
        }
    }

    private static String wireName(WebhookOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    private static java.util.Optional<WebhookOutcome> parse(String wire) {
        try {
            return java.util.Optional.of(WebhookOutcome.valueOf(wire.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** Stops the writer and writes what is left. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write();
    }
}
