package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.TicketNotesContract;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.Optional;

class InMemoryTicketNotesTest extends TicketNotesContract {
    private final InMemoryTicketNotes notes = new InMemoryTicketNotes();

    @Override
    protected TicketNotes notes() {
        return notes;
    }

    @Override
    protected Optional<Ticket> ticketAsTheHelpdeskHasIt(TicketId ticket) {
        return notes.ticket(ticket);
    }

    @Override
    protected void givenTheExampleTicket() {
        notes.add(exampleTicket());
    }
}
