package dev.gorgiasbridge.domain.enrichment;

import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an event deserves a note (docs/gorgias-setup.md, "What the service relies on from Gorgias"). Our own
 * note fires {@code ticket-message-created} back at us, and agents' messages need no enrichment; spam and closed
 * tickets are left alone. A ticket event without a message is judged by the ticket's latest message.
 */
public final class Triage {
    private Triage() {
    }

    /** Triage's answer: enrich the event, or skip it for a reason that is recorded. */
    public sealed interface Verdict {
    }

    /** A customer is waiting for an answer: the event deserves a note. */
    public record Enrich() implements Verdict {
    }

    /** No note, for this reason (recorded as the event's summary). */
    public record Skip(String reason) implements Verdict {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static Verdict of(TicketEvent event) {
        if (event.ticket().spam()) {
            return new Skip("ticket is marked as spam");
        }
        if (event.ticket().isClosed()) {
            return new Skip("ticket is closed");
        }
        Optional<TicketMessage> message = event.message().or(() -> event.ticket().messages().stream().reduce((a, b) -> b));
        return message.flatMap(Triage::notFromCustomer).<Verdict>map(Skip::new).orElseGet(Enrich::new);
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
