package dev.gorgiasbridge.domain.ticket;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Gorgias ticket as far as enrichment cares: who asked, what, and whether it is still worth answering.
 *
 * @param status   Gorgias ticket status ({@code open}, {@code closed}, …) as sent
 * @param language ISO code when Gorgias detected one
 * @param messages oldest first
 */
public record Ticket(
        TicketId id,
        Optional<String> subject,
        String status,
        boolean spam,
        Optional<String> language,
        TicketCustomer customer,
        List<TicketMessage> messages) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(customer, "customer");
        messages = List.copyOf(messages);
    }

    public boolean isClosed() {
        return "closed".equalsIgnoreCase(status.strip());
    }
}
