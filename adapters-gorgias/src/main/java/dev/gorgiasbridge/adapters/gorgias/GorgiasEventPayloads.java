package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.processing.port.out.EventPayloads;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a stored Gorgias HTTP-integration body ({@code {{context}}}: {@code {"ticket": …, "message": …}}).
 * The ticket has the same shape as the REST API's, so it is read the same way. The payload is the text the
 * front door accepted (strict UTF-8, no NUL, see WebhookText); this reader is more lenient than the front
 * door's (no limit on duplicate keys, deeper nesting), so whatever was stored is read. Control characters
 * that arrive escaped are kept here and removed where text is stored (StorableText).
 */
public final class GorgiasEventPayloads implements EventPayloads {

    @Override
    public TicketEvent read(String payload) {
        JsonNode root = GorgiasJson.parse(payload, "webhook payload");
        JsonNode message = root.path("message");
        Optional<TicketMessage> fired = message.isObject() && GorgiasJson.longValue(message.path("id")).orElse(0) > 0
                ? Optional.of(TicketJson.message(message))
                : Optional.empty();
        return new TicketEvent(TicketJson.ticket(root.path("ticket")), fired);
    }
}
