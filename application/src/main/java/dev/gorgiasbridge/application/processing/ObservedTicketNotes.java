package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.CallOutcome;
import dev.gorgiasbridge.application.processing.port.out.ExternalCall;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Times every helpdesk call and counts how it ended, whatever client sits behind it; refused credentials
 * (401/403, e.g. on posting a note) are told to the operator (see {@link Refusals}) and degrade the
 * helpdesk's health until a call succeeds.
 */
public final class ObservedTicketNotes implements TicketNotes {
    static final String SERVICE = "gorgias";

    private final TicketNotes helpdesk;
    private final ProcessingMetrics metrics;
    private final Refusals refusals;

    public ObservedTicketNotes(TicketNotes helpdesk, ProcessingMetrics metrics) {
        this(helpdesk, metrics, new Refusals(metrics, Clock.systemUTC()));
    }

    public ObservedTicketNotes(TicketNotes helpdesk, ProcessingMetrics metrics, Refusals refusals) {
        this.helpdesk = helpdesk;
        this.metrics = metrics;
        this.refusals = refusals;
    }

    @Override
    public PostedNote post(TicketId ticket, InternalNote note) {
        return observed(ExternalCall.GORGIAS_POST_NOTE, () -> helpdesk.post(ticket, note));
    }

    @Override
    public Optional<PostedNote> findByExternalId(TicketId ticket, String externalId) {
        return observed(ExternalCall.GORGIAS_FIND_NOTE, () -> helpdesk.findByExternalId(ticket, externalId));
    }

    @Override
    public Reachability reachability() {
        return refusals.overlay(SERVICE, helpdesk.reachability());
    }

    private <T> T observed(ExternalCall operation, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            T result = call.get();
            metrics.externalCall(operation, CallOutcome.OK, Duration.ofNanos(System.nanoTime() - started));
            refusals.accepted(SERVICE);
            return result;
        } catch (RuntimeException e) {
            metrics.externalCall(operation, CallOutcome.of(e), Duration.ofNanos(System.nanoTime() - started));
            if (e instanceof ExternalServiceException.Unauthorized unauthorized) {
                refusals.refused(SERVICE, operation.operation().replace('_', ' '), "credentials_refused", unauthorized.getMessage()
                        + "; check the Gorgias API user and key, and that user's permissions");
            }
            throw e;
        }
    }
}
