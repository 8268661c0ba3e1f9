package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.contract.PostedNotesContract;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;

/** The development stand-in keeps notes as the helpdesk would: the part of the port contract it promises. */
class LocalTicketNotesContractTest extends PostedNotesContract {
    private final LocalTicketNotes notes = new LocalTicketNotes();

    @Override
    protected TicketNotes notes() {
        return notes;
    }

    @Override
    protected void givenTheExampleTicket() {
        // Local notes accept any ticket: there is no helpdesk to know it.
    }
}
