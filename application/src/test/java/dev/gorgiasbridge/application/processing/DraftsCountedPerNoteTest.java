package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.memory.InMemoryCustomerDirectory;
import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes;
import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes.Recorded;
import dev.gorgiasbridge.application.memory.InMemoryEventPayloads;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.memory.InMemoryOrderHistory;
import dev.gorgiasbridge.application.memory.InMemoryTicketNotes;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.TemplateReply;
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
 * Drafts are counted once per note, not once per attempt: an attempt whose post fails and is retried drafts twice
 * but posts one note, and a replay that finds its note already on the ticket drafts again but posts none.
 */
class DraftsCountedPerNoteTest {
    private static final TicketId TICKET = new TicketId(91234568);
    private static final TicketMessage QUESTION = new TicketMessage(new MessageId(310000011), "email", false, Optional.empty(),
            Optional.of("Hi, where is the rest of order #1042?"), Optional.of(Instant.parse("2026-01-06T15:02:11Z")));
    private static final ExternalServiceException BUSY = new ExternalServiceException.RetryLater("gorgias", "503 Service Unavailable",
            Optional.empty(), null);

    private final InMemoryEventPayloads payloads = new InMemoryEventPayloads();
    private final InMemoryTicketNotes gorgias = new InMemoryTicketNotes();
    private final InMemoryDraftOutcomes counted = new InMemoryDraftOutcomes();
    private final EventId event = new EventId(UUID.fromString("0f6c1f1e-5b1d-4d7a-9a43-3c2f9b0e1b01"));

    private EnrichTicketService service() {
        // The AI's stand-in here: each draft is a template draft replacing a refused AI draft.
        var drafter = new RecordedReplyDrafter(facts -> TemplateReply.draft(facts).insteadOfAnother("status not supported by the facts"),
                counted);
        return new EnrichTicketService(payloads, new InMemoryCustomerDirectory(),
                Optional.of(new InMemoryOrderHistory().add(CustomerKey.shopify(7460267524352L), OrderCacheContract.splitShipment())),
                new InMemoryOrderCache(), drafter, gorgias, new InMemoryNoteLedger(),
                new NoteSignature("Gorgias Bridge", "test", Optional.of("Linda's Sewing")));
    }

    private EnrichmentOutcome attempt(EnrichTicketService service, int attempt) {
        var ticket = new Ticket(TICKET, Optional.of("Where is the rest of my order?"), "open", false, Optional.of("en"),
                new TicketCustomer(Optional.of("412000388"), Optional.of("maria@example.com"), Optional.of("Maria Keller"),
                        List.of(GorgiasIntegration.of("shopify", "7460267524352")), Optional.of(3), Optional.of("412.80")),
                List.of(QUESTION));
        TicketEvent ticketEvent = new TicketEvent(ticket, Optional.of(QUESTION));
        gorgias.add(ticket);
        return service.process(new ClaimedEvent(new Lease(event, UUID.randomUUID()), TICKET, "ticket-message-created",
                payloads.payloadFor(ticketEvent), attempt, Instant.parse("2026-01-06T15:02:12Z")));
    }

    @Test
    void a_retried_attempt_and_a_replay_count_the_note_once() {
        var service = service();
        gorgias.failPosts(Optional.of(BUSY), false);
        var failed = attempt(service, 1);
        gorgias.failPosts(Optional.empty(), false);
        var posted = attempt(service, 2);
        var replayed = attempt(service, 3);

        assertThat(failed).isInstanceOf(EnrichmentOutcome.Failed.class);
        assertThat(posted).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(replayed).isInstanceOfSatisfying(EnrichmentOutcome.Posted.class,
                replay -> assertThat(replay.stages().getLast().detail()).isEqualTo("already on the ticket"));
        assertThat(counted.all()).containsExactly(new Recorded(DraftSource.TEMPLATE, Optional.of("status not supported by the facts")));
    }
}
