package dev.gorgiasbridge.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the customer's address is found when Gorgias leaves {@code customer.email} empty. */
class TicketEventTest {
    private static final Instant AT = Instant.parse("2026-02-04T18:31:05Z");

    private static TicketMessage message(long id, String channel, boolean fromAgent, String sender) {
        return new TicketMessage(new MessageId(id), channel, fromAgent, Optional.empty(), Optional.of("Bonjour"),
                Optional.of(AT), Optional.ofNullable(sender));
    }

    private static TicketCustomer customer(String email, List<String> channels) {
        return new TicketCustomer(Optional.of("412000640"), Optional.ofNullable(email), Optional.of("Élodie Durand"),
                List.of(), Optional.empty(), Optional.empty(), channels);
    }

    private static TicketEvent event(TicketCustomer customer, Optional<TicketMessage> fired, TicketMessage... messages) {
        return new TicketEvent(new Ticket(new TicketId(91234591), Optional.of("Où est ma commande ?"), "open", false,
                Optional.of("fr"), customer, List.of(messages)), fired);
    }

    @Test
    void the_customer_email_comes_first_then_the_channels_then_the_senders_of_customer_messages() {
        var first = message(310000301, "email", false, "Elodie.Durand@Example.FR");
        var fired = message(310000303, "email", false, "elodie.d@example.fr");

        var emails = event(customer("elodie@example.fr", List.of("e.durand@example.fr")), Optional.of(fired), first, fired)
                .customerEmails();

        assertThat(emails).containsExactly("elodie@example.fr", "e.durand@example.fr", "elodie.d@example.fr",
                "Elodie.Durand@Example.FR");
    }

    @Test
    void the_sender_of_an_agent_reply_or_an_internal_note_is_never_taken_for_the_customer() {
        var reply = message(310000302, "email", true, "support@lindas.example");
        var note = message(310000304, "internal-note", false, "agent@lindas.example");

        assertThat(event(customer(null, List.of()), Optional.of(reply), reply, note).customerEmails()).isEmpty();
    }

    @Test
    void a_ticket_event_without_a_message_takes_the_newest_customer_message_s_sender() {
        var older = message(310000301, "email", false, "old.address@example.fr");
        var newer = message(310000303, "chat", false, "elodie.durand@example.fr");

        assertThat(event(customer("", List.of()), Optional.empty(), older, newer).customerEmails())
                .containsExactly("elodie.durand@example.fr", "old.address@example.fr");
    }
}
