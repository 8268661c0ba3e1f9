package dev.gorgiasbridge.domain.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriageTest {
    private static final TicketMessage CUSTOMER = message(1, "email", false, null);
    private static final TicketMessage AGENT = message(2, "email", true, null);
    private static final TicketMessage OUR_NOTE = message(3, "internal-note", true, "gorgias-bridge:event:abc");
    private static final TicketMessage COLLEAGUE_NOTE = message(4, "internal-note", false, null);

    private static TicketMessage message(long id, String channel, boolean fromAgent, String externalId) {
        return new TicketMessage(new MessageId(id), channel, fromAgent, Optional.ofNullable(externalId),
                Optional.of("text"), Optional.empty());
    }

    private static Ticket ticket(String status, boolean spam, TicketMessage... messages) {
        return new Ticket(new TicketId(1), Optional.of("Where is my order?"), status, spam, Optional.empty(),
                new TicketCustomer(Optional.of("1"), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        Optional.empty()),
                List.of(messages));
    }

    private static Triage.Verdict triage(Ticket ticket, TicketMessage message) {
        return Triage.of(new TicketEvent(ticket, Optional.ofNullable(message)));
    }

    @Test
    void a_customer_message_on_an_open_ticket_is_enriched() {
        assertThat(triage(ticket("open", false, CUSTOMER), CUSTOMER)).isEqualTo(new Triage.Enrich());
    }

    @Test
    void our_own_note_coming_back_is_skipped() {
        assertThat(triage(ticket("open", false, CUSTOMER, OUR_NOTE), OUR_NOTE)).isEqualTo(new Triage.Skip("message is our own note"));
    }

    @Test
    void an_agent_reply_and_a_colleague_s_internal_note_are_skipped() {
        assertThat(triage(ticket("open", false, AGENT), AGENT)).isEqualTo(new Triage.Skip("message is from an agent"));
        assertThat(triage(ticket("open", false, COLLEAGUE_NOTE), COLLEAGUE_NOTE)).isEqualTo(new Triage.Skip("message is an internal note"));
    }

    @Test
    void spam_and_closed_tickets_are_skipped() {
        assertThat(triage(ticket("open", true, CUSTOMER), CUSTOMER)).isEqualTo(new Triage.Skip("ticket is marked as spam"));
        assertThat(triage(ticket("closed", false, CUSTOMER), CUSTOMER)).isEqualTo(new Triage.Skip("ticket is closed"));
    }

    @Test
    void a_ticket_event_is_judged_by_its_latest_message() {
        assertThat(triage(ticket("open", false, CUSTOMER, OUR_NOTE), null)).isEqualTo(new Triage.Skip("message is our own note"));
        assertThat(triage(ticket("open", false, OUR_NOTE, CUSTOMER), null)).isEqualTo(new Triage.Enrich());
        assertThat(triage(ticket("open", false), null)).isEqualTo(new Triage.Enrich());
    }
}
