package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Tickets and who their customer is, for application tests; one customer per best key. */
public final class InMemoryCustomerDirectory implements CustomerDirectory {
    private final Map<TicketId, CustomerIdentity> tickets = new ConcurrentHashMap<>();

    @Override
    public void record(Ticket ticket, CustomerIdentity identity) {
        tickets.put(ticket.id(), identity);
    }

    /** The key the ticket's customer was recorded under; empty when the ticket is unknown or anonymous. */
    public Optional<CustomerKey> customerOf(TicketId ticket) {
        return Optional.ofNullable(tickets.get(ticket)).flatMap(CustomerIdentity::bestKey);
    }

    public boolean knows(TicketId ticket) {
        return tickets.containsKey(ticket);
    }

    /** The customers (by best key) known by this address; PersonalData's erasure. */
    synchronized Set<CustomerKey> customersWith(CustomerKey.Email address) {
        return tickets.values().stream().filter(identity -> identity.email().filter(address::equals).isPresent())
                .flatMap(identity -> identity.bestKey().stream()).collect(Collectors.toSet());
    }

    /** The tickets of these customers. */
    synchronized Set<TicketId> ticketsOf(Set<CustomerKey> customers) {
        return tickets.entrySet().stream().filter(e -> e.getValue().bestKey().filter(customers::contains).isPresent())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Forgets these tickets; returns how many were known. */
    synchronized int forget(Set<TicketId> forgotten) {
        int known = (int) forgotten.stream().filter(tickets::containsKey).count();
        forgotten.forEach(tickets::remove);
        return known;
    }
}
