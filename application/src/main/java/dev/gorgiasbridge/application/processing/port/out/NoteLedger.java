package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every note the service wrote, recorded before it is posted: the record is what makes posting
 * idempotent (one external id per event) and, once the note is known to be on the ticket, what stops
 * identical content reaching that ticket twice. A note whose post never succeeded stays recorded under
 * its event (a replay finds or posts it) but tells nothing about what the ticket holds.
 */
public interface NoteLedger {

    /** The note recorded under this external id, posted or not. */
    Optional<LedgerNote> byExternalId(String externalId);

    /**
     * Whether a note with this content hash is known to be on the ticket: Gorgias confirmed the post, or
     * the note was found there. A reservation whose post failed does not count.
     */
    boolean hasPostedContent(TicketId ticket, String contentHash);

    /**
     * Records the note as about to be posted; recording the same external id again changes nothing. Other
     * events may record the same content on the same ticket: only a posted note suppresses a later one.
     */
    void reserve(TicketId ticket, EventId event, InternalNote note, String contentHash);

    /** Marks the note as on the ticket under the helpdesk's message id. */
    void markPosted(String externalId, long messageId);

    /** The most recent notes, newest first (development view). */
    List<LedgerNote> recent(int limit);

    /** A recorded note; {@code messageId} is empty until it is known to be on the ticket. */
    record LedgerNote(TicketId ticket, String externalId, String contentHash, String bodyText, String bodyHtml,
                      Optional<Long> messageId, Instant createdAt) {
        public LedgerNote {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(messageId, "messageId");
        }
    }
}
