package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.operations.port.in.EventCursor;
import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.operations.port.in.EventPage;
import dev.gorgiasbridge.application.operations.port.in.EventQuery;
import dev.gorgiasbridge.application.operations.port.in.EventSummary;
import dev.gorgiasbridge.application.operations.port.in.RecordedStage;
import dev.gorgiasbridge.application.operations.port.out.EventListing;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Operators' view of {@code webhook_events} and {@code event_outcomes}: keyset pages, newest first. */
final class PostgresEventListing implements EventListing {
    private static final String COLUMNS = """
            id, event_type, ticket_id, status, attempts, received_at, COALESCE(summary, last_error) AS summary
            """;
    private static final String LIST = "SELECT " + COLUMNS + """
            FROM webhook_events
            WHERE (CAST(:status AS text) IS NULL OR status = :status)
              AND (CAST(:beforeAt AS timestamptz) IS NULL OR (received_at, id) < (:beforeAt, :beforeId))
            ORDER BY received_at DESC, id DESC
            LIMIT :limit
            """;
    private static final String DETAIL = "SELECT " + COLUMNS + """
            , dedup_key, next_attempt_at, last_error, CASE WHEN :withPayload THEN payload END AS payload
            FROM webhook_events WHERE id = :id
            """;

    private final Jdbi jdbi;

    PostgresEventListing(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public EventPage list(EventQuery query) {
        List<EventSummary> rows = jdbi.withHandle(handle -> handle.createQuery(LIST)
                .bind("status", query.status().map(EventStatus::dbValue).orElse(null))
                .bind("beforeAt", query.before().map(EventCursor::receivedAt).orElse(null))
                .bind("beforeId", query.before().map(c -> c.id().value()).orElse(null))
                .bind("limit", query.limit() + 1)
                .map((rs, ctx) -> summary(rs))
                .list());
        boolean more = rows.size() > query.limit();
        List<EventSummary> page = more ? rows.subList(0, query.limit()) : rows;
        return new EventPage(page, more ? Optional.of(page.getLast().cursor()) : Optional.empty());
    }

    @Override
    public Optional<EventDetail> detail(EventId id, EventDetail.Payload payload) {
        return jdbi.withHandle(handle -> handle.createQuery(DETAIL)
                .bind("id", id.value())
                .bind("withPayload", payload == EventDetail.Payload.INCLUDED)
                .map((rs, ctx) -> new EventDetail(summary(rs), rs.getString("dedup_key"),
                        instant(rs, "next_attempt_at"), Optional.ofNullable(rs.getString("last_error")),
                        stages(handle, id), Optional.ofNullable(rs.getString("payload"))))
                .findOne());
    }

    private static List<RecordedStage> stages(Handle handle, EventId id) {
        return handle.createQuery("""
                        SELECT attempt, stage, result, detail, recorded_at FROM event_outcomes
                        WHERE event_id = :id ORDER BY id
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> new RecordedStage(rs.getInt("attempt"), new StageOutcome(
                        Stage.valueOf(rs.getString("stage").toUpperCase(Locale.ROOT)),
                        StageOutcome.Result.valueOf(rs.getString("result").toUpperCase(Locale.ROOT)),
                        rs.getString("detail")), instant(rs, "recorded_at")))
                .list();
    }

    private static EventSummary summary(ResultSet rs) throws SQLException {
        return new EventSummary(new EventId(rs.getObject("id", UUID.class)), rs.getString("event_type"),
                new TicketId(rs.getLong("ticket_id")), EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getInt("attempts"), instant(rs, "received_at"), Optional.ofNullable(rs.getString("summary")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
