package dev.gorgiasbridge.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.ingest.port.in.AcceptWebhook.Acceptance;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.GorgiasTrigger;
import dev.gorgiasbridge.domain.webhook.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptWebhookServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final InMemoryEventInbox inbox = new InMemoryEventInbox();
    private final AcceptWebhookService service = new AcceptWebhookService(inbox, Clock.fixed(NOW, ZoneOffset.UTC));

    private static WebhookDelivery message(long messageId, String body) {
        return new WebhookDelivery(Optional.of(GorgiasTrigger.TICKET_MESSAGE_CREATED), new TicketId(4021),
                Optional.of(new MessageId(messageId)), Optional.empty(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_first_delivery_is_accepted_and_stored_with_its_body_and_arrival_time() {
        Acceptance acceptance = service.accept(message(7, "{\"ticket\":{\"id\":4021},\"message\":{\"id\":7}}"));

        assertThat(acceptance).isInstanceOf(Acceptance.Accepted.class);
        assertThat(inbox.events()).singleElement().satisfies(event -> {
            assertThat(event.dedupKey().value()).isEqualTo("message:4021:7");
            assertThat(event.eventType()).isEqualTo("ticket-message-created");
            assertThat(event.payload()).isEqualTo("{\"ticket\":{\"id\":4021},\"message\":{\"id\":7}}");
            assertThat(event.receivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a_redelivery_is_a_duplicate_of_the_first_event() {
        Acceptance first = service.accept(message(7, "{}"));
        Acceptance again = service.accept(message(7, "{\"re-rendered\":true}"));

        assertThat(again).isEqualTo(new Acceptance.Duplicate(first.eventId()));
        assertThat(inbox.events()).hasSize(1);
    }

    @Test
    void another_message_on_the_same_ticket_is_a_new_event() {
        service.accept(message(7, "{}"));
        Acceptance next = service.accept(message(8, "{}"));

        assertThat(next).isInstanceOf(Acceptance.Accepted.class);
        assertThat(inbox.events()).hasSize(2);
    }
}
