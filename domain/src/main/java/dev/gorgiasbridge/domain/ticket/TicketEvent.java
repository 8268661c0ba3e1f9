package dev.gorgiasbridge.domain.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * What a Gorgias webhook tells: the ticket as it is now and, for message triggers, the message that
 * fired it.
 */
public record TicketEvent(Ticket ticket, Optional<TicketMessage> message) {
    public TicketEvent {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(message, "message");
    }
}
