package dev.gorgiasbridge.domain.ticket;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every address the event gives for the ticket's customer, as sent and best first: {@code customer.email},
     * the customer's email channels (preferred first), then the sender of the customer's own messages, the
     * message that fired the event before the ticket's, newest first. Gorgias leaves {@code customer.email}
     * empty for some customers while a channel or the message still names the address; agents' messages
     * and internal notes are never taken, as their sender is not the customer.
     */
    public List<String> customerEmails() {
        List<String> addresses = new ArrayList<>();
        ticket.customer().email().ifPresent(addresses::add);
        addresses.addAll(ticket.customer().emailChannels());
        message.filter(TicketMessage::isFromCustomer).flatMap(TicketMessage::senderEmail).ifPresent(addresses::add);
        ticket.messages().reversed().stream()
                .filter(TicketMessage::isFromCustomer)
                .flatMap(m -> m.senderEmail().stream())
                .forEach(addresses::add);
        return addresses.stream().filter(address -> !address.isBlank()).distinct().toList();
    }
}
