package dev.gorgiasbridge.application.operations;

import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.operations.port.in.EventSummary;
import dev.gorgiasbridge.application.operations.port.in.RecordedStage;
import dev.gorgiasbridge.application.operations.port.in.ShowEvent;
import dev.gorgiasbridge.application.operations.port.out.EventListing;
import dev.gorgiasbridge.application.redaction.port.out.Redaction;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

/**
 * Shows an event from the store; the payload is read only when asked for, as it carries customer data.
 * Summaries, the last error and stage details are masked again as they are served, so text stored before
 * masking applied to it (or by an older release) never shows a secret either.
 */
public final class ShowEventService implements ShowEvent {
    private final EventListing listing;
    private final Redaction redaction;

    public ShowEventService(EventListing listing) {
        this(listing, Redaction.none());
    }

    public ShowEventService(EventListing listing, Redaction redaction) {
        this.listing = listing;
        this.redaction = redaction;
    }

    @Override
    public Optional<EventDetail> show(EventId id, EventDetail.Payload payload) {
        return listing.detail(id, payload).map(d -> new EventDetail(redacted(d.event(), redaction), d.dedupKey(),
                d.nextAttemptAt(), d.lastError().map(redaction::redact),
                d.stages().stream().map(s -> new RecordedStage(s.attempt(), new StageOutcome(s.outcome().stage(),
                        s.outcome().result(), redaction.redact(s.outcome().detail())), s.recordedAt())).toList(),
                d.payload()));
    }

    static EventSummary redacted(EventSummary e, Redaction redaction) {
        return new EventSummary(e.id(), e.eventType(), e.ticketId(), e.status(), e.attempts(), e.receivedAt(),
                e.summary().map(redaction::redact));
    }
}
