package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.processing.port.out.EventPayloads;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventPayloads} must do; run against the in-memory fake and the Gorgias reader with the body in
 * contracts/gorgias/ticket-message-created.json. A body that cannot be read is a permanent failure: the event is
 * dead at once rather than retried for a day (docs/architecture.md, "The life of one event").
 */
public abstract class EventPayloadsContract {

    protected abstract EventPayloads payloads();

    /** The stored body of contracts/gorgias/ticket-message-created.json, as this implementation reads it. */
    protected abstract String theExampleMessageCreated();

    @Test
    void the_example_body_reads_as_its_ticket_and_the_customer_message_that_fired() {
        TicketEvent event = payloads().read(theExampleMessageCreated());

        Ticket example = TicketNotesContract.exampleTicket();
        assertThat(event.ticket()).isEqualTo(example);
        assertThat(event.message()).contains(example.messages().getLast());
    }

    @Test
    void reading_a_body_again_gives_the_same_event() {
        String body = theExampleMessageCreated();

        assertThat(payloads().read(body)).isEqualTo(payloads().read(body));
    }

    @Test
    void a_body_that_cannot_be_read_is_a_permanent_failure() {
        for (String body : new String[] {"{not json", "", "\"just a string\""}) {
            assertThatThrownBy(() -> payloads().read(body)).as(body).isInstanceOf(ExternalServiceException.Permanent.class);
        }
    }
}
