package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the event list.
 *
 * @param summary how it ended, or the last error while it is retried
 */
public record EventSummary(EventId id, String eventType, TicketId ticketId, EventStatus status, int attempts,
                           Instant receivedAt, Optional<String> summary) {

    public EventCursor cursor() {
        return new EventCursor(receivedAt, id);
    }
}
