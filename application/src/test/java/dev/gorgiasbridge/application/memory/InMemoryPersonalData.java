package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.port.out.PersonalData;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Retention and erasure over the other in-memory fakes, as the schema's cascades do it in PostgreSQL
 * (both pass PersonalDataContract).
 */
public final class InMemoryPersonalData implements PersonalData {
    private final InMemoryEventInbox inbox;
    private final InMemoryCustomerDirectory directory;
    private final InMemoryNoteLedger ledger;

    public InMemoryPersonalData(InMemoryEventInbox inbox, InMemoryCustomerDirectory directory, InMemoryNoteLedger ledger) {
        this.inbox = inbox;
        this.directory = directory;
        this.ledger = ledger;
    }

    @Override
    public int purgeFinishedPayloads(Instant finishedBefore) {
        return inbox.purgeFinishedPayloads(finishedBefore);
    }

    @Override
    public synchronized Erasure erase(CustomerKey.Email customer) {
        Pattern mention = Pattern.compile("(?<![a-z0-9._%+-])" + Pattern.quote(customer.address())
                + "(?![a-z0-9_-]|\\.[a-z0-9])", Pattern.CASE_INSENSITIVE);
        Set<CustomerKey> customers = directory.customersWith(customer);
        Set<TicketId> tickets = new HashSet<>(directory.ticketsOf(customers));
        inbox.events().stream().filter(e -> mention.matcher(e.payload()).find()).forEach(e -> tickets.add(e.ticketId()));
        int payloads = inbox.erasePayloads(e -> tickets.contains(e.ticketId()) || mention.matcher(e.payload()).find());
        int notes = ledger.removeOn(tickets);
        int ticketRows = directory.forget(tickets);
        return new Erasure(customers.size(), ticketRows, notes, payloads);
    }
}
