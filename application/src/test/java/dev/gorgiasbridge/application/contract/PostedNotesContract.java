package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TicketNotes} does with the notes it posts, whether it stands for the helpdesk
 * ({@link TicketNotesContract}: the in-memory fake, Gorgias on WireMock) or keeps notes locally in development
 * (the local notes adapter): a note is found again by its external id, each post is a new message. Posting exactly
 * once relies on this (docs/architecture.md, "The life of one event").
 */
public abstract class PostedNotesContract {
    protected static final TicketId EXAMPLE_TICKET = new TicketId(91234567);

    protected abstract TicketNotes notes();

    /** From now on the helpdesk knows the ticket of contracts/gorgias/ticket-message-created.json. */
    protected abstract void givenTheExampleTicket();

    protected static InternalNote note(String eventId) {
        return new InternalNote(InternalNote.EXTERNAL_ID_PREFIX + eventId, "Order #1042: split shipment, 1 item pending",
                "<p>Order #1042: split shipment, 1 item pending</p>");
    }

    @Test
    void a_posted_note_is_found_by_its_external_id() {
        givenTheExampleTicket();

        PostedNote posted = notes().post(EXAMPLE_TICKET, note("evt-000000000101"));

        assertThat(posted.externalId()).isEqualTo("gorgias-bridge:evt-000000000101");
        assertThat(notes().findByExternalId(EXAMPLE_TICKET, "gorgias-bridge:evt-000000000101")).contains(posted);
    }

    @Test
    void an_external_id_never_posted_is_not_found() {
        givenTheExampleTicket();
        notes().post(EXAMPLE_TICKET, note("evt-000000000102"));

        assertThat(notes().findByExternalId(EXAMPLE_TICKET, "gorgias-bridge:evt-000000000199")).isEmpty();
    }

    @Test
    void each_posted_note_is_a_new_message() {
        givenTheExampleTicket();

        PostedNote first = notes().post(EXAMPLE_TICKET, note("evt-000000000103"));
        PostedNote second = notes().post(EXAMPLE_TICKET, note("evt-000000000104"));

        assertThat(first.messageId()).isNotEqualTo(second.messageId());
        assertThat(notes().findByExternalId(EXAMPLE_TICKET, "gorgias-bridge:evt-000000000103")).contains(first);
        assertThat(notes().findByExternalId(EXAMPLE_TICKET, "gorgias-bridge:evt-000000000104")).contains(second);
    }
}
