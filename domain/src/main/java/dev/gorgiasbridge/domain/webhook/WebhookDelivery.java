package dev.gorgiasbridge.domain.webhook;

import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One authenticated Gorgias webhook delivery, with the few fields read from its body that identify it.
 * The raw body is kept byte for byte: it is what gets stored and what a body-hash dedup key is made of.
 *
 * @param trigger         the trigger named in the integration URL, when named
 * @param ticketId        {@code ticket.id}
 * @param messageId       {@code message.id}, present for message triggers
 * @param ticketUpdatedAt {@code ticket.updated_datetime}, when present and readable
 * @param rawBody         the request body exactly as received (UTF-8 JSON)
 */
public record WebhookDelivery(
        Optional<GorgiasTrigger> trigger,
        TicketId ticketId,
        Optional<MessageId> messageId,
        Optional<Instant> ticketUpdatedAt,
        byte[] rawBody) {

    public WebhookDelivery {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(ticketUpdatedAt, "ticketUpdatedAt");
        rawBody = Objects.requireNonNull(rawBody, "rawBody").clone();
    }

    @Override
    public byte[] rawBody() {
        return rawBody.clone();
    }

    /** The event type stored with the event: the named trigger, else inferred from the body's shape. */
    public String eventType() {
        return trigger.map(GorgiasTrigger::wireName)
                .orElse(messageId.isPresent() ? "message" : "ticket");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookDelivery that
                && trigger.equals(that.trigger)
                && ticketId.equals(that.ticketId)
                && messageId.equals(that.messageId)
                && ticketUpdatedAt.equals(that.ticketUpdatedAt)
                && Arrays.equals(rawBody, that.rawBody);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trigger, ticketId, messageId, ticketUpdatedAt, Arrays.hashCode(rawBody));
    }

    @Override
    public String toString() {
        return "WebhookDelivery[type=%s, ticket=%s, message=%s, bytes=%d]"
                .formatted(eventType(), ticketId, messageId.map(MessageId::toString).orElse("-"), rawBody.length);
    }
}
