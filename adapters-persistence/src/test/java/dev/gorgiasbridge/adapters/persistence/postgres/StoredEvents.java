package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.contract.EventRecord;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reads one stored event back with its stage outcomes, for the contract tests (the service never reads one). */
final class StoredEvents {
    private StoredEvents() {
    }

    static Optional<EventRecord> find(Jdbi jdbi, EventId id) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, dedup_key, event_type, ticket_id, status, attempts, received_at, next_attempt_at,
                               COALESCE(summary, last_error) AS summary
                        FROM webhook_events WHERE id = :id
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> new EventRecord(
                        id,
                        rs.getString("dedup_key"),
                        rs.getString("event_type"),
                        new TicketId(rs.getLong("ticket_id")),
                        EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        rs.getInt("attempts"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getString("summary")),
                        stages(handle, id)))
                .findOne());
    }

    private static List<StageOutcome> stages(Handle handle, EventId id) {
        return handle.createQuery("SELECT stage, result, detail FROM event_outcomes WHERE event_id = :id ORDER BY id")
                .bind("id", id.value())
                .map((rs, ctx) -> new StageOutcome(
                        Stage.valueOf(rs.getString("stage").toUpperCase(Locale.ROOT)),
                        StageOutcome.Result.valueOf(rs.getString("result").toUpperCase(Locale.ROOT)),
                        rs.getString("detail")))
                .list();
    }
}
