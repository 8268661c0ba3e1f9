package dev.gorgiasbridge.application.port.out;

import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * An event a worker holds under a lease.
 *
 * @param attempt which attempt this is, 1 for the first
 */
public record ClaimedEvent(Lease lease, TicketId ticketId, String eventType, String payload, int attempt,
                           Instant receivedAt) {
    public ClaimedEvent {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String toString() {
        return "ClaimedEvent[event=%s, ticket=%s, type=%s, attempt=%d]".formatted(lease.eventId(), ticketId, eventType, attempt);
    }
}
