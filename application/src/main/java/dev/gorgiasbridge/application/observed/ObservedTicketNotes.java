package dev.gorgiasbridge.application.observed;

import dev.gorgiasbridge.application.port.out.ProcessingMetrics;
import dev.gorgiasbridge.application.port.out.Reachability;
import dev.gorgiasbridge.application.port.out.TicketNotes;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Times every helpdesk call and counts how it ended, whatever client sits behind it. */
public final class ObservedTicketNotes implements TicketNotes {
    private final TicketNotes helpdesk;
    private final ProcessingMetrics metrics;

    public ObservedTicketNotes(TicketNotes helpdesk, ProcessingMetrics metrics) {
        this.helpdesk = helpdesk;
        this.metrics = metrics;
    }

    @Override
    public PostedNote post(TicketId ticket, InternalNote note) {
        return observed("post_note", () -> helpdesk.post(ticket, note));
    }

    @Override
    public Optional<PostedNote> findByExternalId(TicketId ticket, String externalId) {
        return observed("find_note", () -> helpdesk.findByExternalId(ticket, externalId));
    }

    @Override
    public Optional<Ticket> ticket(TicketId ticket) {
        return observed("get_ticket", () -> helpdesk.ticket(ticket));
    }

    @Override
    public Reachability reachability() {
        return helpdesk.reachability();
    }

    private <T> T observed(String operation, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            T result = call.get();
            metrics.externalCall("gorgias", operation, "ok", Duration.ofNanos(System.nanoTime() - started));
            return result;
        } catch (RuntimeException e) {
            metrics.externalCall("gorgias", operation, CallOutcome.of(e), Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
    }
}
