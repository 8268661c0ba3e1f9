package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One note as written; {@code messageId} is empty until the note is known to be on the ticket. */
public record RecentNote(TicketId ticket, String externalId, Optional<Long> messageId, Instant createdAt,
                         String bodyText, String bodyHtml) {
    public RecentNote {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
