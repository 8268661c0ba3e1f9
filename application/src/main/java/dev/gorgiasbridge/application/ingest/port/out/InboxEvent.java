package dev.gorgiasbridge.application.ingest.port.out;

import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.time.Instant;
import java.util.Objects;

/**
 * An event as it enters the inbox.
 *
 * @param payload the request body as received, decoded as UTF-8
 */
public record InboxEvent(DedupKey dedupKey, String eventType, TicketId ticketId, String payload, Instant receivedAt) {
    public InboxEvent {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String toString() {
        return "InboxEvent[key=%s, type=%s, ticket=%s, chars=%d]".formatted(dedupKey, eventType, ticketId, payload.length());
    }
}
