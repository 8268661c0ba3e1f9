package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NoteLedger} must do; run against the in-memory fake and PostgreSQL. */
public abstract class NoteLedgerContract {
    protected static final TicketId TICKET = new TicketId(91234567);
    private NoteLedger ledger;

    /** An empty ledger in which ticket {@link #TICKET} exists. */
    protected abstract NoteLedger freshLedger();

    /** An event id the store accepts as the note's origin. */
    protected abstract EventId anEvent();

    @BeforeEach
    void setUp() {
        ledger = freshLedger();
    }

    private static InternalNote note(String externalId, String text) {
        return new InternalNote(externalId, text, "<p>" + text + "</p>");
    }

    @Test
    void a_reserved_note_is_unposted_until_marked_posted() {
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "Two packages"), "hash-1");

        assertThat(ledger.byExternalId("gorgias-bridge:evt-1")).hasValueSatisfying(n -> {
            assertThat(n.messageId()).isEmpty();
            assertThat(n.ticket()).isEqualTo(TICKET);
            assertThat(n.bodyText()).isEqualTo("Two packages");
            assertThat(n.bodyHtml()).isEqualTo("<p>Two packages</p>");
        });

        ledger.markPosted("gorgias-bridge:evt-1", 310000099L);

        assertThat(ledger.byExternalId("gorgias-bridge:evt-1"))
                .hasValueSatisfying(n -> assertThat(n.messageId()).contains(310000099L));
    }

    @Test
    void reserving_the_same_external_id_again_changes_nothing() {
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "first"), "hash-1");
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "second"), "hash-2");

        assertThat(ledger.recent(10)).singleElement().satisfies(n -> assertThat(n.bodyText()).isEqualTo("first"));
    }

    @Test
    void content_posted_on_a_ticket_is_recognised_by_its_hash() {
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "Two packages"), "hash-1");
        ledger.markPosted("gorgias-bridge:evt-1", 310000099L);

        assertThat(ledger.hasPostedContent(TICKET, "hash-1")).isTrue();
        assertThat(ledger.hasPostedContent(TICKET, "hash-2")).isFalse();
        assertThat(ledger.hasPostedContent(new TicketId(91234568), "hash-1")).isFalse();
    }

    @Test
    void a_reserved_note_that_was_never_posted_does_not_count_as_content_on_the_ticket() {
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "Two packages"), "hash-1");

        assertThat(ledger.hasPostedContent(TICKET, "hash-1")).isFalse();
    }

    @Test
    void a_later_event_records_the_same_content_beside_a_note_whose_post_failed() {
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "Two packages"), "hash-1");
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-2", "Two packages"), "hash-1");
        ledger.markPosted("gorgias-bridge:evt-2", 310000100L);

        assertThat(ledger.byExternalId("gorgias-bridge:evt-1"))
                .hasValueSatisfying(n -> assertThat(n.messageId()).isEmpty());
        assertThat(ledger.byExternalId("gorgias-bridge:evt-2"))
                .hasValueSatisfying(n -> assertThat(n.messageId()).contains(310000100L));
        assertThat(ledger.hasPostedContent(TICKET, "hash-1")).isTrue();
    }

    @Test
    void the_failed_note_posted_on_a_replay_is_marked_posted_beside_the_later_one() {
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "Two packages"), "hash-1");
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-2", "Two packages"), "hash-1");
        ledger.markPosted("gorgias-bridge:evt-2", 310000100L);

        ledger.markPosted("gorgias-bridge:evt-1", 310000101L);

        assertThat(ledger.recent(10)).extracting(NoteLedger.LedgerNote::messageId)
                .containsExactlyInAnyOrder(java.util.Optional.of(310000100L), java.util.Optional.of(310000101L));
    }

    @Test
    void note_text_is_stored_without_nul_and_control_characters_but_keeps_its_lines() {
        ledger.reserve(TICKET, anEvent(), new InternalNote("gorgias-bridge:evt-1",
                "Order #1042\n- 1 × Walking Foot\u0000 Attachment\u0008",
                "<p>Order #1042</p><ul><li>1 × Walking Foot\u0000 Attachment</li></ul>"), "hash-1");

        assertThat(ledger.byExternalId("gorgias-bridge:evt-1")).hasValueSatisfying(n -> {
            assertThat(n.bodyText()).isEqualTo("Order #1042\n- 1 × Walking Foot Attachment");
            assertThat(n.bodyHtml()).isEqualTo("<p>Order #1042</p><ul><li>1 × Walking Foot Attachment</li></ul>");
        });
    }

    @Test
    void recent_notes_come_newest_first_up_to_the_limit() throws InterruptedException {
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-1", "one"), "hash-1");
        Thread.sleep(5);
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-2", "two"), "hash-2");
        Thread.sleep(5);
        ledger.reserve(TICKET, anEvent(), note("gorgias-bridge:evt-3", "three"), "hash-3");

        assertThat(ledger.recent(2)).extracting(NoteLedger.LedgerNote::bodyText).containsExactly("three", "two");
    }
}
