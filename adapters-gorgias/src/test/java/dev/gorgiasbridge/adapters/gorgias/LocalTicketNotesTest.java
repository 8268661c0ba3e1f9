package dev.gorgiasbridge.adapters.gorgias;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import org.junit.jupiter.api.Test;

class LocalTicketNotesTest {
    private final LocalTicketNotes notes = new LocalTicketNotes();

    @Test
    void a_kept_note_is_found_again_by_its_external_id_on_its_ticket_only() {
        var note = new InternalNote("gorgias-bridge:evt-1", "Two packages", "<p>Two packages</p>");

        var kept = notes.post(new TicketId(1), note);

        assertThat(notes.findByExternalId(new TicketId(1), "gorgias-bridge:evt-1")).contains(kept);
        assertThat(notes.findByExternalId(new TicketId(2), "gorgias-bridge:evt-1")).isEmpty();
    }

    @Test
    void it_says_plainly_that_gorgias_is_not_configured() {
        assertThat(notes.reachability()).isInstanceOfSatisfying(Reachability.Unreachable.class,
                r -> assertThat(r.reason()).contains("not configured"));
    }
}
