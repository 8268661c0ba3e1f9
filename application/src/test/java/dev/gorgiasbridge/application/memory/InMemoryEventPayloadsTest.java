package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.EventPayloadsContract;
import dev.gorgiasbridge.application.contract.TicketNotesContract;
import dev.gorgiasbridge.application.processing.port.out.EventPayloads;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import java.util.Optional;

class InMemoryEventPayloadsTest extends EventPayloadsContract {
    private final InMemoryEventPayloads payloads = new InMemoryEventPayloads();

    @Override
    protected EventPayloads payloads() {
        return payloads;
    }

    @Override
    protected String theExampleMessageCreated() {
        Ticket example = TicketNotesContract.exampleTicket();
        return payloads.payloadFor(new TicketEvent(example, Optional.of(example.messages().getLast())));
    }
}
