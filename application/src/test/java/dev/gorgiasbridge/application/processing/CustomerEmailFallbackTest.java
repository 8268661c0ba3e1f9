package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.memory.InMemoryCustomerDirectory;
import dev.gorgiasbridge.application.memory.InMemoryEventPayloads;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.memory.InMemoryOrderHistory;
import dev.gorgiasbridge.application.memory.InMemoryTicketNotes;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.domain.customer.CustomerKey;
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
 * A ticket whose {@code customer.email} is empty still finds the customer's orders by the address Gorgias
 * gives elsewhere (contracts/gorgias/customer-email-only-*.json), and the note never claims the ticket
 * names no email when it does.
 */
class CustomerEmailFallbackTest {
    private static final TicketId TICKET = new TicketId(91234591);
    private static final Instant AT = Instant.parse("2026-02-04T18:31:05Z");

    private final InMemoryEventPayloads payloads = new InMemoryEventPayloads();
    private final InMemoryTicketNotes gorgias = new InMemoryTicketNotes();
    private final InMemoryCustomerDirectory customers = new InMemoryCustomerDirectory();
    private final EnrichTicketService service = new EnrichTicketService(payloads, customers,
            Optional.of(new InMemoryOrderHistory().add(CustomerKey.email("elodie.durand@example.fr"),
                    OrderCacheContract.splitShipment())),
            new InMemoryOrderCache(), new TemplateReplyDrafter(), gorgias, new InMemoryNoteLedger(),
            new NoteSignature("Gorgias Bridge", "test", Optional.of("Linda's Sewing")));

    private static TicketMessage message(long id, boolean fromAgent, String sender) {
        return new TicketMessage(new MessageId(id), "email", fromAgent, Optional.empty(),
                Optional.of("Bonjour, ma commande #1081 n'est toujours pas arrivée."), Optional.of(AT),
                Optional.ofNullable(sender));
    }

    private static TicketCustomer customer(Optional<String> email, List<String> emailChannels) {
        return new TicketCustomer(Optional.of("412000640"), email, Optional.of("Élodie Durand"), List.of(),
                Optional.empty(), Optional.empty(), emailChannels);
    }

    private EnrichmentOutcome process(TicketCustomer customer, TicketMessage fired, TicketMessage... onTicket) {
        var event = new TicketEvent(new Ticket(TICKET, Optional.of("Où est ma commande ?"), "open", false,
                Optional.of("fr"), customer, List.of(onTicket)), Optional.of(fired));
        gorgias.add(event.ticket());
        return service.process(new ClaimedEvent(new Lease(new EventId(UUID.randomUUID()), UUID.randomUUID()), TICKET,
                "ticket-message-created", payloads.payloadFor(event), 1, AT));
    }

    private String note() {
        return gorgias.postedOn(TICKET).getFirst().bodyText().orElseThrow();
    }

    @Test
    void an_address_only_in_the_customer_s_email_channels_finds_their_orders() {
        var asks = message(310000201, false, null);

        var outcome = process(customer(Optional.empty(), List.of("  Elodie.Durand@Example.FR ", "e.durand@example.fr")),
                asks, asks);

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(customers.customerOf(TICKET)).contains(CustomerKey.email("elodie.durand@example.fr"));
        assertThat(note()).contains("elodie.durand@example.fr", "1Z999AA10123456784").doesNotContain("names no email");
    }

    @Test
    void an_address_only_on_the_customer_s_message_finds_their_orders() {
        var first = message(310000301, false, "Elodie.Durand@Example.FR");
        var reply = message(310000302, true, "support@lindas.example");
        var fired = message(310000303, false, " elodie.durand@example.fr\t");

        var outcome = process(customer(Optional.of(""), List.of()), fired, first, reply, fired);

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(note()).contains("(elodie.durand@example.fr)", "1Z999AA10123456784").doesNotContain("names no email");
    }

    @Test
    void an_agent_s_address_is_never_taken_for_the_customer_s() {
        var agentNote = new TicketMessage(new MessageId(310000304), "internal-note", true, Optional.empty(),
                Optional.of("Kundin hat angerufen"), Optional.of(AT), Optional.of("support@lindas.example"));
        var asks = message(310000303, false, null);

        process(customer(Optional.empty(), List.of()), asks, agentNote, asks);

        assertThat(customers.customerOf(TICKET)).contains(CustomerKey.gorgias(412000640L));
        assertThat(note()).contains("names no email").doesNotContain("support@lindas.example");
    }
}
