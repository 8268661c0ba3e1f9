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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the identifying fields of a Gorgias {@code {{context}}} body: {@code ticket.id}, {@code message.id}
 * and {@code ticket.updated_datetime}. Ids arrive as JSON numbers or, from rendered templates, as strings
 * (docs/gorgias-setup.md, "What the service relies on from Gorgias"). The parser is strict about what could
 * hide an attack (duplicate keys, deep nesting, huge numbers, trailing garbage) and relaxed about everything
 * else: unknown fields are normal.
 *
 * <p>One streaming pass over the whole body checks all of that and keeps only the three fields: building
 * the tree of a ticket with its messages (several KB, hundreds of nodes) for three values was the largest
 * share of the service's CPU per webhook (JFR; docs/performance.md, "Ingest").
 */
final class GorgiasPayloads {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxNumberLength(64)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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

    /** What the pass found; absent fields stay empty. */
    private static final class Found {
        boolean ticketIsObject;
        OptionalLong ticketId = OptionalLong.empty();
        OptionalLong messageId = OptionalLong.empty();
        Optional<String> updatedDatetime = Optional.empty();
    }

    static WebhookDelivery read(byte[] body, Optional<GorgiasTrigger> trigger) throws InvalidPayload {
        // Strict UTF-8 and no NUL first: given bytes, the parser would guess UTF-16 or UTF-32 from their
        // pattern, and the inbox would store something other than what was checked here.
        String text = switch (WebhookText.decode(body)) {
            case WebhookText.Readable readable -> readable.text();
            case WebhookText.Refused refused -> throw new InvalidPayload(refused.reason());
        };
        Found found;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
            found = root(parser);
        } catch (JacksonException e) {
            throw new InvalidPayload("body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!found.ticketIsObject) {
            throw new InvalidPayload("body has no \"ticket\" object");
        }
        long ticketId = found.ticketId.orElseThrow(() -> new InvalidPayload("ticket.id must be a positive integer"));
        Optional<MessageId> messageId = found.messageId.isPresent()
                ? Optional.of(new MessageId(found.messageId.getAsLong())) : Optional.empty();
        Optional<Instant> updatedAt = found.updatedDatetime.flatMap(GorgiasDatetime::parse);
        return new WebhookDelivery(trigger, new TicketId(ticketId), messageId, updatedAt, body);
    }

    private static Found root(JsonParser parser) throws InvalidPayload {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidPayload("body must be a JSON object");
        }
        var found = new Found();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals("ticket") && value == JsonToken.START_OBJECT) {
                found.ticketIsObject = true;
                ticket(parser, found);
            } else if (name.equals("message") && value == JsonToken.START_OBJECT) {
                found.messageId = object(parser, "id", null, found);
            } else {
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw new InvalidPayload("body is not valid JSON: trailing content after the object");
        }
        return found;
    }

    private static void ticket(JsonParser parser, Found found) {
        found.ticketId = object(parser, "id", "updated_datetime", found);
    }

    /** Reads the object the parser is at to its end: the id under {@code idName}, the datetime under {@code datetimeName}. */
    private static OptionalLong object(JsonParser parser, String idName, String datetimeName, Found found) {
        OptionalLong id = OptionalLong.empty();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals(idName)) {
                id = positiveId(parser, value);
            } else if (name.equals(datetimeName)) {
                found.updatedDatetime = value == JsonToken.VALUE_STRING ? Optional.of(parser.getString()) : Optional.empty();
            }
            parser.skipChildren();
        }
        return id;
    }

    private static OptionalLong positiveId(JsonParser parser, JsonToken value) {
        long id;
        if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            id = parser.getLongValue();
        } else if (value == JsonToken.VALUE_STRING) {
            try {
                id = Long.parseLong(parser.getString().strip());
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        } else {
            return OptionalLong.empty();
        }
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
