package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.TicketNotesContract;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;

class InMemoryTicketNotesTest extends TicketNotesContract {
    private final InMemoryTicketNotes notes = new InMemoryTicketNotes();

    @Override
    protected TicketNotes notes() {
        return notes;
    }

    @Override
    protected void givenTheExampleTicket() {
        notes.add(exampleTicket());
    }
}
