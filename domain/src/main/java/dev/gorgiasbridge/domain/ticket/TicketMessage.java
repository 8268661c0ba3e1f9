package dev.gorgiasbridge.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message on a ticket.
 *
 * @param channel    {@code email}, {@code chat}, {@code internal-note}, … as sent
 * @param fromAgent  whether an agent (or an API user such as this service) wrote it
 * @param externalId the sender's marker; ours starts with InternalNote.EXTERNAL_ID_PREFIX
 */
public record TicketMessage(
        MessageId id,
        String channel,
        boolean fromAgent,
        Optional<String> externalId,
        Optional<String> bodyText,
        Optional<Instant> createdAt) {

    public TicketMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isInternalNote() {
        return "internal-note".equalsIgnoreCase(channel);
    }
}
