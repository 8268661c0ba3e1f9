package dev.gorgiasbridge.application.processing.port.in;

import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * An event a worker holds under a lease.
 *
 * @param attempt      which attempt this is over the event's whole history, 1 for the first; a replay
 *                     continues the count, so the attempts recorded with stage outcomes never repeat
 * @param attemptOfRun which attempt this is since the event arrived or was last replayed, 1 for the first:
 *                     what the retry schedule counts, so a replayed event gets the full schedule again
 */
public record ClaimedEvent(Lease lease, TicketId ticketId, String eventType, String payload, int attempt,
                           int attemptOfRun, Instant receivedAt) {
    public ClaimedEvent {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (attemptOfRun < 1 || attemptOfRun > attempt) {
            throw new IllegalArgumentException("attempt of run " + attemptOfRun + " outside 1.." + attempt);
        }
    }

    /** An event never replayed: its run is its whole history. */
    public ClaimedEvent(Lease lease, TicketId ticketId, String eventType, String payload, int attempt, Instant receivedAt) {
        this(lease, ticketId, eventType, payload, attempt, attempt, receivedAt);
    }

    @Override
    public String toString() {
        return "ClaimedEvent[event=%s, ticket=%s, type=%s, attempt=%d, attemptOfRun=%d]"
                .formatted(lease.eventId(), ticketId, eventType, attempt, attemptOfRun);
    }
}
