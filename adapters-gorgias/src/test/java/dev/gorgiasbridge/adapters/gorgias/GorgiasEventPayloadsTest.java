package dev.gorgiasbridge.adapters.gorgias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GorgiasEventPayloadsTest {
    private final GorgiasEventPayloads payloads = new GorgiasEventPayloads();

    private static String contract(String name) throws IOException {
        try (InputStream in = GorgiasEventPayloadsTest.class.getResourceAsStream("/contracts/gorgias/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_message_trigger_body_gives_the_ticket_its_customer_and_the_firing_message() throws IOException {
        var event = payloads.read(contract("ticket-message-created.json"));

        assertThat(event.ticket().id()).isEqualTo(new TicketId(91234567));
        assertThat(event.ticket().subject()).contains("Where is the rest of my order?");
        assertThat(event.ticket().messages()).hasSize(2);
        assertThat(event.ticket().customer().email()).contains("Maria.Keller@Example.com");
        assertThat(event.ticket().customer().integrations()).anySatisfy(i -> {
            assertThat(i.isShopify()).isTrue();
            assertThat(i.customerId()).contains("7460267524351");
        });
        assertThat(event.ticket().customer().ordersCount()).contains(3);
        assertThat(event.ticket().customer().totalSpent()).contains("412.80");
        assertThat(event.message()).hasValueSatisfying(m -> {
            assertThat(m.id()).isEqualTo(new MessageId(310000002));
            assertThat(m.fromAgent()).isFalse();
            assertThat(m.isInternalNote()).isFalse();
        });
    }

    @Test
    void the_echo_of_our_note_carries_our_external_id() throws IOException {
        var event = payloads.read(contract("internal-note-echo.json"));

        assertThat(event.message()).hasValueSatisfying(m -> {
            assertThat(m.isInternalNote()).isTrue();
            assertThat(m.externalId()).hasValueSatisfying(id -> assertThat(id).startsWith("gorgias-bridge:"));
        });
    }

    @Test
    void a_ticket_trigger_body_has_no_message() throws IOException {
        var event = payloads.read(contract("ticket-created.json"));

        assertThat(event.message()).isEmpty();
    }

    @Test
    void an_unreadable_body_is_a_permanent_failure() {
        assertThatThrownBy(() -> payloads.read("{\"ticket\": {}}")).isInstanceOf(ExternalServiceException.Permanent.class);
        assertThatThrownBy(() -> payloads.read("not json")).isInstanceOf(ExternalServiceException.Permanent.class);
    }

    @Test
    void a_customer_without_an_email_is_read_with_the_live_email_channels_preferred_first() throws IOException {
        var event = payloads.read(contract("customer-email-only-in-channels.json"));

        assertThat(event.ticket().customer().email()).isEmpty();
        assertThat(event.ticket().customer().emailChannels())
                .containsExactly("  Juergen.Weiss@Example.DE ", "weiss.einkauf@example.de");
        assertThat(event.customerEmails()).first().isEqualTo("  Juergen.Weiss@Example.DE ");
    }

    @Test
    void the_sender_of_a_message_is_read_from_sender_email_else_from_the_source_address() throws IOException {
        var event = payloads.read(contract("customer-email-only-on-the-message.json"));

        assertThat(event.ticket().customer().email()).isEmpty();
        assertThat(event.ticket().messages()).extracting(m -> m.senderEmail().orElse("-"))
                .containsExactly("Elodie.Durand@Example.FR", "support@lindas.example", " elodie.durand@example.fr\t");
        assertThat(event.customerEmails())
                .containsExactly(" elodie.durand@example.fr\t", "Elodie.Durand@Example.FR");
    }

    @Test
    void the_preferred_email_channel_comes_first_whatever_its_place() {
        var event = payloads.read("""
                {"ticket": {"id": 91234592, "status": "open", "customer": {"id": 412000700, "channels": [
                    {"type": "email", "address": "second@example.com", "preferred": false},
                    {"type": "Email", "address": "first@example.com", "preferred": true},
                    {"type": "email", "address": null, "preferred": false}]}}}
                """);

        assertThat(event.ticket().customer().emailChannels()).containsExactly("first@example.com", "second@example.com");
    }

    @Test
    void escaped_control_characters_the_front_door_lets_through_are_read_without_failing() throws IOException {
        String body = contract("ticket-message-created.json")
                .replace("\"name\": \"Maria Keller\"", "\"name\": \"Maria\\u0007 Keller\\u001b[0m\"")
                .replace("Where is it?", "Where is it?\\r\\n\\t");

        var event = payloads.read(body);

        assertThat(event.ticket().customer().name()).contains("Maria\u0007 Keller\u001b[0m");
        assertThat(event.ticket().messages().getFirst().bodyText())
                .hasValueSatisfying(text -> assertThat(text).endsWith("Where is it?\r\n\t"));
    }

    @Test
    void gorgias_firstname_is_read_and_greets_the_customer_when_the_display_name_would_not() throws IOException {
        String body = contract("customer-email-only-in-channels.json")
                .replace("\"name\": \"Jürgen Weiß\"", "\"name\": \"Herr Jürgen Weiß\"")
                .replace("\"firstname\": \"Jürgen\"", "\"firstname\": \"\\u2066Jürgen\\u2069\"");

        var customer = payloads.read(body).ticket().customer();

        assertThat(customer.firstname()).contains("\u2066Jürgen\u2069");
        assertThat(ReplyFacts.firstNameOf(customer.firstname(), customer.name())).contains("Jürgen");
        assertThat(ReplyFacts.firstNameOf(java.util.Optional.empty(), customer.name())).isEmpty();
    }
}
