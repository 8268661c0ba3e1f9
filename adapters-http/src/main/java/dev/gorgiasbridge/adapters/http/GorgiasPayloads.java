package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.GorgiasDatetime;
import dev.gorgiasbridge.domain.webhook.GorgiasTrigger;
import dev.gorgiasbridge.domain.webhook.WebhookDelivery;
import dev.gorgiasbridge.domain.webhook.WebhookText;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the identifying fields of a Gorgias {@code {{context}}} body: {@code ticket.id}, {@code message.id} and
 * {@code ticket.updated_datetime}. Ids arrive as JSON numbers or, from rendered templates, as strings
 * (docs/gorgias-setup.md, "What the service relies on from Gorgias"). The parser is strict about what could hide
 * an attack (duplicate keys, deep nesting, huge numbers, trailing garbage) and relaxed about everything else:
 * unknown fields are normal.
 */
final class GorgiasPayloads {
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxNumberLength(64)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GorgiasPayloads() {
    }

    /** Thrown for a body that is not a usable Gorgias payload; the message says why, for the caller. */
    static final class InvalidPayload extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidPayload(String reason) {
            super(reason);
        }
    }

    static WebhookDelivery read(byte[] body, Optional<GorgiasTrigger> trigger) throws InvalidPayload {
        // Strict UTF-8 and no NUL first: given bytes, the parser would guess UTF-16 or UTF-32 from their
        // pattern, and the inbox would store something other than what was checked here.
        String text = switch (WebhookText.decode(body)) {
            case WebhookText.Readable readable -> readable.text();
            case WebhookText.Refused refused -> throw new InvalidPayload(refused.reason());
        };
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidPayload("body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPayload("body must be a JSON object");
        }
        JsonNode ticket = root.path("ticket");
        if (!ticket.isObject()) {
            throw new InvalidPayload("body has no \"ticket\" object");
        }
        long ticketId = positiveId(ticket.path("id"))
                .orElseThrow(() -> new InvalidPayload("ticket.id must be a positive integer"));
        Optional<MessageId> messageId = root.path("message").isObject()
                ? boxed(positiveId(root.path("message").path("id"))).map(MessageId::new)
                : Optional.empty();
        Optional<Instant> updatedAt = ticket.path("updated_datetime").isString()
                ? GorgiasDatetime.parse(ticket.path("updated_datetime").stringValue())
                : Optional.empty();
        return new WebhookDelivery(trigger, new TicketId(ticketId), messageId, updatedAt, body);
    }

    private static OptionalLong positiveId(JsonNode node) {
        long value;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.longValue();
        } else if (node.isString()) {
            try {
                value = Long.parseLong(node.stringValue().strip());
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        } else {
            return OptionalLong.empty();
        }
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }
}
