package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.Optional;

/** Internal notes on helpdesk tickets (Gorgias), and the tickets themselves. */
public interface TicketNotes {

    /**
     * Posts the note on the ticket. Not idempotent by itself: callers look for the external id first.
     *
     * @throws ExternalServiceException when the helpdesk refuses or cannot be reached
     */
    PostedNote post(TicketId ticket, InternalNote note);

    /** The message on the ticket carrying this external id, if one was posted before. */
    Optional<PostedNote> findByExternalId(TicketId ticket, String externalId);

    /** A cheap authenticated call proving the helpdesk is reachable with our credentials. */
    Reachability reachability();
}
