package dev.gorgiasbridge.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message on a ticket.
 *
 * @param channel     {@code email}, {@code chat}, {@code internal-note}, … as sent
 * @param fromAgent   whether an agent (or an API user such as this service) wrote it
 * @param externalId  the sender's marker; ours starts with InternalNote.EXTERNAL_ID_PREFIX
 * @param senderEmail the sender's address as sent, unnormalised: {@code sender.email}, else
 *                    {@code source.from.address}
 */
public record TicketMessage(
        MessageId id,
        String channel,
        boolean fromAgent,
        Optional<String> externalId,
        Optional<String> bodyText,
        Optional<Instant> createdAt,
        Optional<String> senderEmail) {

    public TicketMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(senderEmail, "senderEmail");
    }

    /** A message whose sender's address is not known. */
    public TicketMessage(MessageId id, String channel, boolean fromAgent, Optional<String> externalId,
                         Optional<String> bodyText, Optional<Instant> createdAt) {
        this(id, channel, fromAgent, externalId, bodyText, createdAt, Optional.empty());
    }

    public boolean isInternalNote() {
        return "internal-note".equalsIgnoreCase(channel);
    }

    /** Whether the customer wrote it: neither an agent's message nor an internal note. */
    public boolean isFromCustomer() {
        return !fromAgent && !isInternalNote();
    }
}
