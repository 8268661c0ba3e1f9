package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.stats.port.out.HourlyCount;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Events by hour of receipt and current status without counting the inbox: whole hours come from the
 * rollup kept by triggers (V8: {@code event_counts} plus the {@code event_count_changes} not folded yet),
 * the partial hours at the edges of a window from the events themselves (an index range of at most two
 * hours). What a count costs grows with the window, not with the years of history (docs/performance.md,
 * "Statistics").
 */
final class EventCountRollup {
    /** Moves the appended changes into the per-hour counts; one transaction, so readers see either side. */
    private static final String FOLD = """
            WITH settings AS (%s),
            moved AS (DELETE FROM event_count_changes WHERE (SELECT applied FROM settings) IS NOT NULL
                      RETURNING hour, status, events)
            INSERT INTO event_counts (hour, status, events)
            SELECT hour, status, sum(events) FROM moved GROUP BY hour, status
            ON CONFLICT (hour, status) DO UPDATE SET events = event_counts.events + excluded.events
            """.formatted(EventQueueSql.ASYNC_COMMIT);
    private static final String TOTALS = """
            SELECT status, sum(events) AS n FROM (
                SELECT status, events FROM event_counts
                UNION ALL SELECT status, events FROM event_count_changes) rolled
            GROUP BY status
            """;
    private static final String WINDOW = """
            SELECT status, sum(n) AS n FROM (
                SELECT status, events AS n FROM event_counts WHERE hour >= :wholeFrom AND hour < :wholeTo
                UNION ALL SELECT status, events FROM event_count_changes WHERE hour >= :wholeFrom AND hour < :wholeTo
                UNION ALL SELECT status, 1 FROM webhook_events WHERE received_at >= :from AND received_at < :headTo
                UNION ALL SELECT status, 1 FROM webhook_events WHERE received_at >= :tailFrom AND received_at < :to
            ) counted
            GROUP BY status
            """;
    private static final String PER_HOUR = """
            SELECT hour, status, sum(n) AS n FROM (
                SELECT hour, status, events AS n FROM event_counts WHERE hour >= :wholeFrom AND hour < :wholeTo
                UNION ALL SELECT hour, status, events FROM event_count_changes WHERE hour >= :wholeFrom AND hour < :wholeTo
                UNION ALL SELECT date_trunc('hour', received_at, 'UTC'), status, 1 FROM webhook_events
                    WHERE received_at >= :from AND received_at < :headTo
                UNION ALL SELECT date_trunc('hour', received_at, 'UTC'), status, 1 FROM webhook_events
                    WHERE received_at >= :tailFrom AND received_at < :to
            ) counted
            GROUP BY hour, status
            HAVING sum(n) <> 0
            ORDER BY hour, status
            """;

    private EventCountRollup() {
    }

    /** Folds the changes appended since the last fold; any reader may, concurrent folds are safe. */
    static void fold(Handle handle) {
        handle.execute(FOLD);
    }

    /** Every stored event by current status. */
    static Map<EventStatus, Long> totals(Handle handle) {
        Map<EventStatus, Long> counts = new EnumMap<>(EventStatus.class);
        handle.createQuery(TOTALS)
                .map((rs, ctx) -> Map.entry(status(rs.getString("status")), rs.getLong("n")))
                .forEach(e -> {
                    if (e.getValue() != 0) {
                        counts.put(e.getKey(), e.getValue());
                    }
                });
        return counts;
    }

    /** Events received in {@code [from, to)} by current status. */
    static Map<String, Long> window(Handle handle, Instant from, Instant to) {
        var bounds = Bounds.of(from, to);
        Map<String, Long> counts = new java.util.HashMap<>();
        bounds.bind(handle.createQuery(WINDOW))
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                .forEach(e -> {
                    if (e.getValue() != 0) {
                        counts.put(e.getKey(), e.getValue());
                    }
                });
        return counts;
    }

    /** Events received in {@code [from, to)} per hour (UTC) and current status; empty hours are left out. */
    static List<HourlyCount> perHour(Handle handle, Instant from, Instant to) {
        return Bounds.of(from, to).bind(handle.createQuery(PER_HOUR))
                .map((rs, ctx) -> new HourlyCount(rs.getObject("hour", OffsetDateTime.class).toInstant(),
                        status(rs.getString("status")), rs.getLong("n")))
                .list();
    }

    private static EventStatus status(String value) {
        return EventStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /**
     * A window split into the whole hours the rollup answers, {@code [wholeFrom, wholeTo)}, and the partial
     * hours counted from the events: the head {@code [from, headTo)} and the tail {@code [tailFrom, to)}.
     */
    private record Bounds(Instant from, Instant to, Instant wholeFrom, Instant wholeTo, Instant headTo, Instant tailFrom) {
        static Bounds of(Instant from, Instant to) {
            Instant truncated = from.truncatedTo(ChronoUnit.HOURS);
            Instant wholeFrom = truncated.equals(from) ? from : truncated.plus(1, ChronoUnit.HOURS);
            Instant wholeTo = to.truncatedTo(ChronoUnit.HOURS);
            if (!wholeFrom.isBefore(wholeTo)) {
                // No whole hour inside: the events themselves answer, all in the head.
                return new Bounds(from, to, wholeFrom, wholeFrom, to, to);
            }
            return new Bounds(from, to, wholeFrom, wholeTo, wholeFrom, wholeTo);
        }

        <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bind(Q query) {
            return query.bind("from", from).bind("to", to).bind("wholeFrom", wholeFrom).bind("wholeTo", wholeTo)
                    .bind("headTo", headTo).bind("tailFrom", tailFrom);
        }
    }
}
