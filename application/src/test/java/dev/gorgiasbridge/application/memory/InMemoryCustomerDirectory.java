package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.port.out.CustomerDirectory;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tickets and the key of their customer, for application tests. */
public final class InMemoryCustomerDirectory implements CustomerDirectory {
    private final Map<TicketId, Optional<CustomerKey>> tickets = new ConcurrentHashMap<>();

    @Override
    public void record(Ticket ticket, CustomerIdentity identity) {
        tickets.put(ticket.id(), identity.bestKey());
    }

    /** The key the ticket's customer was recorded under; empty when the ticket is unknown or anonymous. */
    public Optional<CustomerKey> customerOf(TicketId ticket) {
        return tickets.getOrDefault(ticket, Optional.empty());
    }

    public boolean knows(TicketId ticket) {
        return tickets.containsKey(ticket);
    }
}
