package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.text.StorableText;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The notes in {@code ticket_notes}, unique by external id. A content hash may repeat on a ticket (a post
 * that failed for good, then a later event with the same facts); only posted rows, those with a Gorgias
 * message id, count as content on the ticket.
 */
final class PostgresNoteLedger implements NoteLedger {
    private static final String COLUMNS =
            "ticket_id, external_id, content_hash, body_text, body_html, gorgias_message_id, created_at";

    private final Jdbi jdbi;

    PostgresNoteLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<LedgerNote> byExternalId(String externalId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM ticket_notes WHERE external_id = :id")
                .bind("id", externalId)
                .map((rs, ctx) -> note(rs))
                .findOne());
    }

    @Override
    public boolean hasPostedContent(TicketId ticket, String contentHash) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM ticket_notes
                                       WHERE ticket_id = :ticket AND content_hash = :hash AND gorgias_message_id IS NOT NULL)
                        """)
                .bind("ticket", ticket.value())
                .bind("hash", contentHash)
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public void reserve(TicketId ticket, EventId event, InternalNote note, String contentHash) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO ticket_notes (ticket_id, event_id, external_id, content_hash, body_text, body_html)
                        VALUES (:ticket, :event, :externalId, :hash, :text, :html)
                        ON CONFLICT (external_id) DO NOTHING
                        """)
                .bind("ticket", ticket.value())
                .bind("event", event.value())
                .bind("externalId", note.externalId())
                .bind("hash", contentHash)
                .bind("text", StorableText.of(note.bodyText()))
                .bind("html", StorableText.of(note.bodyHtml()))
                .execute());
    }

    @Override
    public void markPosted(String externalId, long messageId) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE ticket_notes SET gorgias_message_id = :message, posted_at = now() WHERE external_id = :id")
                .bind("message", messageId)
                .bind("id", externalId)
                .execute());
    }

    @Override
    public List<LedgerNote> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM ticket_notes ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> note(rs))
                .list());
    }

    private static LedgerNote note(ResultSet rs) throws SQLException {
        long message = rs.getLong("gorgias_message_id");
        Optional<Long> messageId = rs.wasNull() ? Optional.empty() : Optional.of(message);
        return new LedgerNote(new TicketId(rs.getLong("ticket_id")), rs.getString("external_id"),
                rs.getString("content_hash"), rs.getString("body_text"), rs.getString("body_html"), messageId,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
