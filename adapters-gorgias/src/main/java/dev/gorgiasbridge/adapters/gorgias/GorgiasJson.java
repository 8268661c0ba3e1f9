package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gorgias JSON in and out: the note we post, the message Gorgias created, pages of messages, and lenient
 * readers for values that come as numbers or strings. Unknown fields are ignored.
 */
final class GorgiasJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GorgiasJson() {
    }

    /** A page of {@code GET /api/tickets/{id}/messages}. */
    record Page(List<JsonNode> messages, Optional<String> nextCursor) {
    }

    /** The body of {@code POST /api/tickets/{id}/messages} for an internal note. */
    static String noteRequest(InternalNote note, String senderEmail) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("channel", "internal-note");
        body.put("via", "api");
        body.put("from_agent", true);
        body.put("public", false);
        body.putObject("sender").put("email", senderEmail);
        body.put("external_id", note.externalId());
        body.put("body_text", note.bodyText());
        body.put("body_html", note.bodyHtml());
        return MAPPER.writeValueAsString(body);
    }

    static JsonNode parse(String body, String what) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new Permanent(GorgiasHttp.SERVICE, what + " is not a JSON object", null);
            }
            return node;
        } catch (JacksonException malformed) {
            // The parser's message quotes the body; the type says enough.
            throw new Permanent(GorgiasHttp.SERVICE, what + " is malformed JSON (" + malformed.getClass().getSimpleName()
                    + ")", null);
        }
    }

    /** The note Gorgias created, from its answer to the POST. */
    static PostedNote postedNote(JsonNode created, String externalId) {
        long id = longValue(created.path("id")).orElse(0);
        if (id <= 0) {
            throw new Permanent(GorgiasHttp.SERVICE, "the created message has no id", null);
        }
        return new PostedNote(id, text(created.path("external_id")).orElse(externalId));
    }

    static Page page(JsonNode page) {
        JsonNode data = page.path("data");
        if (!data.isArray()) {
            throw new Permanent(GorgiasHttp.SERVICE, "a page of messages without a data list", null);
        }
        return new Page(List.copyOf(data.values()), text(page.path("meta").path("next_cursor")));
    }

    /** A value sent as a JSON string or number, as text; empty when missing, null or blank. */
    static Optional<String> text(JsonNode node) {
        if (node.isString()) {
            return Optional.of(node.stringValue()).filter(s -> !s.isBlank());
        }
        return node.isNumber() || node.isBoolean() ? Optional.of(node.asString()) : Optional.empty();
    }

    /** An integer sent as a JSON number or a numeric string. */
    static OptionalLong longValue(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return OptionalLong.of(node.longValue());
        }
        if (node.isString()) {
            try {
                return OptionalLong.of(Long.parseLong(node.stringValue().strip()));
            } catch (NumberFormatException notANumber) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** A boolean sent as JSON or as the string {@code "true"} by a template. */
    static boolean flag(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : node.isString() && "true".equalsIgnoreCase(node.stringValue().strip());
    }
}
