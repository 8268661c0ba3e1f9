package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.memory.InMemoryCustomerDirectory;
import dev.gorgiasbridge.application.memory.InMemoryEventPayloads;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.memory.InMemoryOrderHistory;
import dev.gorgiasbridge.application.memory.InMemoryTicketNotes;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A note whose post failed for good (Gorgias answered 401, the event went dead) must not keep the next
 * customer message on the ticket from getting its note; a replay of the dead event still ends with exactly one
 * note of its own on the ticket, unless a note with the same content was confirmed there since: then it is
 * skipped as already told (docs/runbook.md). The ticket is contracts/gorgias/ticket-message-created.json.
 */
class NoteAfterFailedPostTest {
    private static final TicketId TICKET = new TicketId(91234567);
    private static final TicketMessage FIRST_QUESTION = customerMessage(310000001,
            "Hi, I got one box from order #1042 but the walking foot is missing. Where is it?", "2026-01-06T15:02:11Z");
    private static final TicketMessage SECOND_QUESTION = customerMessage(310000002,
            "Also, can you tell me the tracking number for the box that is still coming?", "2026-01-06T16:40:02Z");
    private static final ExternalServiceException UNAUTHORIZED =
            new ExternalServiceException.Permanent("gorgias", "401 Unauthorized", null);

    private final InMemoryEventPayloads payloads = new InMemoryEventPayloads();
    private final InMemoryTicketNotes gorgias = new InMemoryTicketNotes();
    private final InMemoryNoteLedger ledger = new InMemoryNoteLedger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-06T16:40:03Z"));
    private final EnrichTicketService service = new EnrichTicketService(payloads, new InMemoryCustomerDirectory(),
            Optional.of(new InMemoryOrderHistory().add(CustomerKey.shopify(7460267524351L), OrderCacheContract.splitShipment())),
            new InMemoryOrderCache(), new TemplateReplyDrafter(), gorgias, ledger,
            new NoteSignature("Gorgias Bridge", "test", Optional.of("Linda's Sewing")), ProcessingMetrics.none(),
            ShopTimeZone.utc(), clock);

    private final EventId firstEvent = new EventId(UUID.fromString("0f6c1f1e-5b1d-4d7a-9a43-3c2f9b0e1a01"));
    private final EventId secondEvent = new EventId(UUID.fromString("0f6c1f1e-5b1d-4d7a-9a43-3c2f9b0e1a02"));

    private static TicketMessage customerMessage(long id, String text, String at) {
        return new TicketMessage(new MessageId(id), "email", false, Optional.empty(), Optional.of(text),
                Optional.of(Instant.parse(at)));
    }

    private static Ticket ticket(TicketMessage... messages) {
        return new Ticket(TICKET, Optional.of("Where is the rest of my order?"), "open", false, Optional.of("en"),
                new TicketCustomer(Optional.of("412000387"), Optional.of("Maria.Keller@Example.com"),
                        Optional.of("Maria Keller"), List.of(GorgiasIntegration.of("shopify", "7460267524351")),
                        Optional.of(3), Optional.of("412.80")),
                List.of(messages));
    }

    private EnrichmentOutcome process(EventId event, TicketMessage fired, int attempt, TicketMessage... onTicket) {
        TicketEvent ticketEvent = new TicketEvent(ticket(onTicket), Optional.of(fired));
        gorgias.add(ticketEvent.ticket());
        return service.process(new ClaimedEvent(new Lease(event, UUID.randomUUID()), TICKET, "ticket-message-created",
                payloads.payloadFor(ticketEvent), attempt, Instant.parse("2026-01-06T16:40:03Z")));
    }

    private EnrichmentOutcome firstMessage(int attempt) {
        return process(firstEvent, FIRST_QUESTION, attempt, FIRST_QUESTION);
    }

    private EnrichmentOutcome secondMessage() {
        return process(secondEvent, SECOND_QUESTION, 1, FIRST_QUESTION, SECOND_QUESTION);
    }

    private List<String> externalIdsOnTheTicket() {
        return gorgias.postedOn(TICKET).stream().map(m -> m.externalId().orElseThrow()).toList();
    }

    @Test
    void the_next_message_gets_a_note_after_the_first_note_was_refused_for_good() {
        gorgias.failPosts(Optional.of(UNAUTHORIZED), false);
        var first = firstMessage(1);
        gorgias.failPosts(Optional.empty(), false);

        var second = secondMessage();

        assertThat(first).isInstanceOfSatisfying(EnrichmentOutcome.Failed.class,
                failed -> assertThat(failed.next()).isEqualTo(new EnrichmentOutcome.GiveUp()));
        assertThat(second).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(externalIdsOnTheTicket()).containsExactly(NotePosting.externalId(secondEvent));
    }

    @Test
    void replaying_the_dead_event_posts_its_own_note_once_when_it_tells_something_new() {
        gorgias.failPosts(Optional.of(UNAUTHORIZED), false);
        firstMessage(1);
        gorgias.failPosts(Optional.empty(), false);
        secondMessage();

        // Replayed days later: the USPS box due January 8 is now late, which the later note did not say.
        clock.advance(java.time.Duration.ofDays(4));
        var replay = firstMessage(2);
        var replayAgain = firstMessage(3);

        assertThat(replay).isInstanceOfSatisfying(EnrichmentOutcome.Posted.class,
                posted -> assertThat(posted.stages().getLast().detail()).startsWith("posted as message"));
        assertThat(replayAgain).isInstanceOfSatisfying(EnrichmentOutcome.Posted.class,
                posted -> assertThat(posted.stages().getLast().detail()).isEqualTo("already on the ticket"));
        assertThat(externalIdsOnTheTicket())
                .containsExactly(NotePosting.externalId(secondEvent), NotePosting.externalId(firstEvent));
    }

    @Test
    void replaying_a_dead_event_whose_note_did_reach_the_ticket_finds_it_instead_of_posting_again() {
        gorgias.failPosts(Optional.of(UNAUTHORIZED), true);
        var first = firstMessage(1);
        gorgias.failPosts(Optional.empty(), false);

        var replay = firstMessage(2);

        assertThat(first).isInstanceOf(EnrichmentOutcome.Failed.class);
        assertThat(replay).isInstanceOfSatisfying(EnrichmentOutcome.Posted.class,
                posted -> assertThat(posted.stages().getLast().detail()).contains("found on the ticket"));
        assertThat(externalIdsOnTheTicket()).containsExactly(NotePosting.externalId(firstEvent));
        assertThat(ledger.hasPostedContent(TICKET, ledger.all().getFirst().contentHash())).isTrue();
    }

    @Test
    void a_note_on_the_ticket_still_keeps_the_same_facts_from_being_posted_again() {
        firstMessage(1);

        var second = secondMessage();

        assertThat(second).isInstanceOfSatisfying(EnrichmentOutcome.Skipped.class,
                skipped -> assertThat(skipped.reason()).isEqualTo("nothing new since the last note"));
        assertThat(externalIdsOnTheTicket()).containsExactly(NotePosting.externalId(firstEvent));
    }

    @Test
    void replaying_a_dead_event_whose_content_a_later_note_already_told_is_skipped_as_already_told() {
        // Neither message names an order, so both events' notes say the same: the dead one's would be a copy.
        TicketMessage parcel = customerMessage(310000011, "Hi, where is my parcel? It has been a while.", "2026-01-06T15:02:11Z");
        TicketMessage again = customerMessage(310000012, "Hello again, any news on my parcel?", "2026-01-06T16:40:02Z");
        gorgias.failPosts(Optional.of(UNAUTHORIZED), false);
        var dead = process(firstEvent, parcel, 1, parcel);
        gorgias.failPosts(Optional.empty(), false);
        var later = process(secondEvent, again, 1, parcel, again);

        var replay = process(firstEvent, parcel, 2, parcel, again);
        var replayAgain = process(firstEvent, parcel, 3, parcel, again);

        assertThat(dead).isInstanceOf(EnrichmentOutcome.Failed.class);
        assertThat(later).isInstanceOf(EnrichmentOutcome.Posted.class);
        for (var outcome : List.of(replay, replayAgain)) {
            assertThat(outcome).isInstanceOfSatisfying(EnrichmentOutcome.Skipped.class, skipped -> {
                assertThat(skipped.reason()).isEqualTo(NotePosting.ALREADY_TOLD).startsWith("already told");
                assertThat(skipped.stages().getLast().stage()).isEqualTo(dev.gorgiasbridge.domain.enrichment.Stage.NOTE);
            });
        }
        assertThat(externalIdsOnTheTicket()).containsExactly(NotePosting.externalId(secondEvent));
        // Exactly once still holds: the dead event's reservation stays, unposted, and counts for nothing.
        assertThat(ledger.byExternalId(NotePosting.externalId(firstEvent))).hasValueSatisfying(
                note -> assertThat(note.messageId()).isEmpty());
    }

    @Test
    void a_replay_whose_own_note_reached_the_ticket_is_found_even_when_the_same_content_was_told_since() {
        TicketMessage parcel = customerMessage(310000021, "Hi, where is my parcel?", "2026-01-06T15:02:11Z");
        TicketMessage again = customerMessage(310000022, "Any news on my parcel please?", "2026-01-06T16:40:02Z");
        gorgias.failPosts(Optional.of(UNAUTHORIZED), true); // refused, yet the note landed
        process(firstEvent, parcel, 1, parcel);
        gorgias.failPosts(Optional.empty(), false);

        var replay = process(firstEvent, parcel, 2, parcel, again);

        assertThat(replay).isInstanceOfSatisfying(EnrichmentOutcome.Posted.class,
                posted -> assertThat(posted.stages().getLast().detail()).contains("found on the ticket"));
        assertThat(externalIdsOnTheTicket()).containsExactly(NotePosting.externalId(firstEvent));
    }
}
