package dev.gorgiasbridge.domain.enrichment;

import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.util.Optional;

/**
 * Whether an event deserves a note (docs/gorgias-setup.md, "What the service relies on from Gorgias"). Our own
 * note fires {@code ticket-message-created} back at us, and agents' messages need no enrichment; spam and closed
 * tickets are left alone. A ticket event without a message is judged by the ticket's latest message.
 */
public final class Triage {
    private Triage() {
    }

    /** The reason to skip, or empty when the event should be enriched. */
    public static Optional<String> skipReason(TicketEvent event) {
        if (event.ticket().spam()) {
            return Optional.of("ticket is marked as spam");
        }
        if (event.ticket().isClosed()) {
            return Optional.of("ticket is closed");
        }
        Optional<TicketMessage> message = event.message().or(() -> event.ticket().messages().stream().reduce((a, b) -> b));
        return message.flatMap(Triage::notFromCustomer);
    }

    private static Optional<String> notFromCustomer(TicketMessage message) {
        if (message.externalId().filter(id -> id.startsWith(InternalNote.EXTERNAL_ID_PREFIX)).isPresent()) {
            return Optional.of("message is our own note");
        }
        if (message.isInternalNote()) {
            return Optional.of("message is an internal note");
        }
        if (message.fromAgent()) {
            return Optional.of("message is from an agent");
        }
        return Optional.empty();
    }
}
