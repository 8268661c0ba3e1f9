package dev.gorgiasbridge.domain.webhook;

import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Small factory of deliveries for tests. */
final class Deliveries {
    private Deliveries() {
    }

    static WebhookDelivery message(long ticket, long message, String body) {
        return new WebhookDelivery(Optional.of(GorgiasTrigger.TICKET_MESSAGE_CREATED), new TicketId(ticket),
                Optional.of(new MessageId(message)), Optional.of(Instant.parse("2024-05-02T10:15:00Z")), utf8(body));
    }

    static WebhookDelivery ticket(GorgiasTrigger trigger, long ticket, Instant updatedAt, String body) {
        return new WebhookDelivery(Optional.of(trigger), new TicketId(ticket), Optional.empty(),
                Optional.ofNullable(updatedAt), utf8(body));
    }

    static WebhookDelivery unnamed(long ticket, Long message, Instant updatedAt, String body) {
        return new WebhookDelivery(Optional.empty(), new TicketId(ticket),
                Optional.ofNullable(message).map(MessageId::new), Optional.ofNullable(updatedAt), utf8(body));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
