package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TicketNotes} that stands for the helpdesk must do, beyond {@link PostedNotesContract}: know
 * tickets, refuse unknown ones, show the note on the ticket. Run against the in-memory fake and against Gorgias on
 * WireMock.
 */
public abstract class TicketNotesContract extends PostedNotesContract {
    protected static final TicketId UNKNOWN_TICKET = new TicketId(91239999);

    /**
     * The ticket as the helpdesk has it now, read through the implementation itself: the port has no such
     * method, as the service never reads a ticket back (the webhook carries it).
     */
    protected abstract Optional<Ticket> ticketAsTheHelpdeskHasIt(TicketId ticket);

    /** The ticket of contracts/gorgias/ticket-message-created.json, in domain terms. */
    public static Ticket exampleTicket() {
        var customer = new TicketCustomer(Optional.of("412000387"), Optional.of("Maria.Keller@Example.com"),
                Optional.of("Maria Keller"), List.of(GorgiasIntegration.of("shopify", "7460267524351")),
                Optional.of(3), Optional.of("412.80"), List.of("maria.keller@example.com"), Optional.of("Maria"));
        var question = new TicketMessage(new MessageId(310000001), "email", false, Optional.empty(),
                Optional.of("Hi, I got one box from order #1042 but the walking foot is missing. Where is it?"),
                Optional.of(Instant.parse("2026-01-06T15:02:11.481203Z")), Optional.of("maria.keller@example.com"));
        var followUp = new TicketMessage(new MessageId(310000002), "email", false, Optional.empty(),
                Optional.of("Also, can you tell me the tracking number for the box that is still coming?"),
                Optional.of(Instant.parse("2026-01-06T16:40:02.100Z")), Optional.of("maria.keller@example.com"));
        return new Ticket(EXAMPLE_TICKET, Optional.of("Where is the rest of my order?"), "open", false,
                Optional.of("en"), customer, List.of(question, followUp));
    }

    @Test
    void a_known_ticket_is_returned_as_the_helpdesk_has_it() {
        givenTheExampleTicket();

        assertThat(ticketAsTheHelpdeskHasIt(EXAMPLE_TICKET)).contains(exampleTicket());
    }

    @Test
    void an_unknown_ticket_is_empty() {
        assertThat(ticketAsTheHelpdeskHasIt(UNKNOWN_TICKET)).isEmpty();
    }

    @Test
    void a_posted_note_shows_on_the_ticket_as_an_internal_note_from_an_agent() {
        givenTheExampleTicket();
        PostedNote posted = notes().post(EXAMPLE_TICKET, note("evt-000000000105"));

        List<TicketMessage> messages = ticketAsTheHelpdeskHasIt(EXAMPLE_TICKET).orElseThrow().messages();

        assertThat(messages).hasSize(3);
        TicketMessage last = messages.getLast();
        assertThat(last.id()).isEqualTo(new MessageId(posted.messageId()));
        assertThat(last.isInternalNote()).isTrue();
        assertThat(last.fromAgent()).isTrue();
        assertThat(last.externalId()).contains("gorgias-bridge:evt-000000000105");
        assertThat(last.bodyText()).contains("Order #1042: split shipment, 1 item pending");
    }

    @Test
    void posting_on_an_unknown_ticket_is_not_found() {
        assertThatThrownBy(() -> notes().post(UNKNOWN_TICKET, note("evt-000000000106")))
                .isInstanceOf(ExternalServiceException.NotFound.class);
    }

    @Test
    void looking_for_a_note_on_an_unknown_ticket_is_not_found() {
        assertThatThrownBy(() -> notes().findByExternalId(UNKNOWN_TICKET, "gorgias-bridge:evt-000000000107"))
                .isInstanceOf(ExternalServiceException.NotFound.class);
    }

    @Test
    void the_helpdesk_is_reachable() {
        assertThat(notes().reachability()).isInstanceOf(Reachability.Reachable.class);
    }
}
