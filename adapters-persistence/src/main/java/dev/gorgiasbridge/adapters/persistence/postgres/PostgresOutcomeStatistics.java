package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.stats.port.in.WindowCounts;
import dev.gorgiasbridge.application.stats.port.out.HourlyCount;
import dev.gorgiasbridge.application.stats.port.out.OutcomeStatistics;
import dev.gorgiasbridge.application.stats.port.out.PeriodCount;
import dev.gorgiasbridge.domain.enrichment.StageOutcome.Result;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The success counts: events by when they were received (from the hourly rollup, {@link EventCountRollup}),
 * stage outcomes by when they were recorded (through indexes on the window), both within {@code [from, to)};
 * Shopify lookups per event.
 */
final class PostgresOutcomeStatistics implements OutcomeStatistics {
    private static final long HOUR_SECONDS = 3600;
    // Did the event get its orders? Each event once, by its best result in the window, however many attempts.
    private static final String ORDER_LOOKUPS_PER_EVENT = """
            SELECT best AS key, count(*) AS n FROM (
                SELECT CASE WHEN bool_or(result = 'succeeded') THEN 'succeeded'
                            WHEN bool_or(result = 'degraded') THEN 'degraded'
                            WHEN bool_or(result = 'failed') THEN 'failed'
                            ELSE 'skipped' END AS best
                FROM event_outcomes
                WHERE stage = 'orders' AND recorded_at >= :from AND recorded_at < :to
                GROUP BY event_id) per_event
            GROUP BY best
            """;
    private static final String STAGE_RESULTS = """
            SELECT result AS key, count(*) AS n FROM event_outcomes
            WHERE stage = :stage AND recorded_at >= :from AND recorded_at < :to GROUP BY result
            """;
    // Drafts count once per note: the draft stage of the attempt whose note stage put the note on the ticket
    // (WindowCounts.NOTE_REACHED_TICKET), so a retried attempt or a replay that finds its note never counts twice.
    private static final String IN_A_NOTE = """
              AND EXISTS (SELECT 1 FROM event_outcomes n
                          WHERE n.event_id = d.event_id AND n.attempt = d.attempt AND n.stage = 'note' AND n.result = 'succeeded'
                            AND (starts_with(n.detail, 'posted') OR starts_with(n.detail, 'found on the ticket')))
            """;
    // A template draft standing in for a refused AI draft is recorded as degraded, with the reason after the name.
    private static final String DRAFTS = """
            SELECT count(*) FROM event_outcomes d
            WHERE d.stage = 'draft' AND d.result IN ('succeeded', 'degraded')
              AND (d.detail = :detail OR starts_with(d.detail, :detail || ' ('))
              AND d.recorded_at >= :from AND d.recorded_at < :to
            """ + IN_A_NOTE;
    // The reason sits between the fallback prefix and the closing bracket.
    private static final String AI_FALLBACKS = """
            SELECT substr(d.detail, length(:prefix) + 1, length(d.detail) - length(:prefix) - 1) AS key, count(*) AS n
            FROM event_outcomes d
            WHERE d.stage = 'draft' AND d.result IN ('succeeded', 'degraded') AND starts_with(d.detail, :prefix)
              AND right(d.detail, 1) = ')' AND d.recorded_at >= :from AND d.recorded_at < :to
            """ + IN_A_NOTE + """
            GROUP BY 1
            """;
    // A replay that finds its note already on the ticket succeeds without posting; only a second post is a duplicate.
    private static final String EVENTS_POSTED_TWICE = """
            SELECT count(*) FROM (
                SELECT o.event_id FROM event_outcomes o JOIN webhook_events e ON e.id = o.event_id
                WHERE o.stage = 'note' AND o.result = 'succeeded' AND o.detail LIKE 'posted%'
                  AND e.received_at >= :from AND e.received_at < :to
                  -- implied by the line above (an event's outcomes come after it), and what the index reads
                  AND o.recorded_at >= :from
                GROUP BY o.event_id HAVING count(*) > 1) twice
            """;
    // Only notes on the ticket count: a reservation whose post failed sits beside the later note that made it.
    private static final String TICKETS_WITH_REPEATED_NOTES = """
            SELECT count(DISTINCT ticket_id) FROM (
                SELECT ticket_id FROM ticket_notes
                WHERE gorgias_message_id IS NOT NULL AND created_at >= :from AND created_at < :to
                GROUP BY ticket_id, content_hash HAVING count(*) > 1) repeated
            """;

    // Periods shorter than an hour (only for windows of a few hours) start at whole multiples of their length
    // since the epoch; longer ones are folded from the hourly rollup (perPeriod).
    private static final String PER_PERIOD = """
            SELECT to_timestamp(floor(extract(epoch FROM received_at) / :seconds) * :seconds) AS start, status, count(*) AS n
            FROM webhook_events WHERE received_at >= :from AND received_at < :to
            GROUP BY 1, 2 ORDER BY 1, 2
            """;

    private final Jdbi jdbi;

    PostgresOutcomeStatistics(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public WindowCounts count(Instant from, Instant to) {
        jdbi.useHandle(EventCountRollup::fold);
        return jdbi.inTransaction(handle -> {
            Map<EventStatus, Long> events = new EnumMap<>(EventStatus.class);
            EventCountRollup.window(handle, from, to)
                    .forEach((key, n) -> events.put(EventStatus.valueOf(key.toUpperCase(Locale.ROOT)), n));
            Map<Result, Long> lookups = new EnumMap<>(Result.class);
            counts(handle, ORDER_LOOKUPS_PER_EVENT, from, to, "")
                    .forEach((key, n) -> lookups.put(Result.valueOf(key.toUpperCase(Locale.ROOT)), n));
            return new WindowCounts(events, lookups,
                    single(handle, DRAFTS, from, to, "drafted by the AI drafter"),
                    single(handle, DRAFTS, from, to, "drafted by the template drafter"),
                    results(handle, "note", from, to),
                    single(handle, EVENTS_POSTED_TWICE, from, to, ""),
                    single(handle, TICKETS_WITH_REPEATED_NOTES, from, to, ""),
                    aiFallbacks(handle, from, to));
        });
    }

    @Override
    public List<HourlyCount> perHour(Instant from, Instant to) {
        return jdbi.withHandle(handle -> EventCountRollup.perHour(handle, from, to));
    }

    @Override
    public List<PeriodCount> perPeriod(Instant from, Instant to, Duration length) {
        long seconds = length.toSeconds();
        if (seconds % HOUR_SECONDS == 0) {
            return periodsOfHours(perHour(from, to), seconds);
        }
        return jdbi.withHandle(handle -> handle.createQuery(PER_PERIOD)
                .bind("seconds", length.toSeconds())
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> new PeriodCount(rs.getObject("start", OffsetDateTime.class).toInstant(),
                        EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getLong("n")))
                .list());
    }

    /** Whole-hour periods (days at midnight UTC) summed from the hours in them, ordered as PER_PERIOD orders its rows. */
    private static List<PeriodCount> periodsOfHours(List<HourlyCount> hours, long seconds) {
        Map<Instant, Map<String, Long>> periods = new java.util.TreeMap<>();
        for (HourlyCount hour : hours) {
            Instant start = Instant.ofEpochSecond(Math.floorDiv(hour.hour().getEpochSecond(), seconds) * seconds);
            periods.computeIfAbsent(start, k -> new java.util.TreeMap<>())
                    .merge(hour.status().name().toLowerCase(Locale.ROOT), hour.count(), Long::sum);
        }
        List<PeriodCount> counts = new java.util.ArrayList<>();
        periods.forEach((start, byStatus) -> byStatus.forEach((status, n) -> counts.add(
                new PeriodCount(start, EventStatus.valueOf(status.toUpperCase(Locale.ROOT)), n))));
        return counts;
    }

    private static Map<String, Long> aiFallbacks(Handle handle, Instant from, Instant to) {
        Map<String, Long> reasons = new java.util.HashMap<>();
        handle.createQuery(AI_FALLBACKS).bind("prefix", WindowCounts.AI_FALLBACK).bind("from", from).bind("to", to)
                .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getLong("n")))
                .forEach(e -> reasons.put(e.getKey(), e.getValue()));
        return reasons;
    }

    private static Map<Result, Long> results(Handle handle, String stage, Instant from, Instant to) {
        Map<Result, Long> results = new EnumMap<>(Result.class);
        counts(handle, STAGE_RESULTS, from, to, stage)
                .forEach((key, n) -> results.put(Result.valueOf(key.toUpperCase(Locale.ROOT)), n));
        return results;
    }

    private static Map<String, Long> counts(Handle handle, String sql, Instant from, Instant to, String stage) {
        var query = handle.createQuery(sql).bind("from", from).bind("to", to);
        if (!stage.isEmpty()) {
            query.bind("stage", stage);
        }
        Map<String, Long> counts = new java.util.HashMap<>();
        query.map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getLong("n"))).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static long single(Handle handle, String sql, Instant from, Instant to, String detail) {
        var query = handle.createQuery(sql).bind("from", from).bind("to", to);
        if (!detail.isEmpty()) {
            query.bind("detail", detail);
        }
        return query.mapTo(Long.class).one();
    }
}
