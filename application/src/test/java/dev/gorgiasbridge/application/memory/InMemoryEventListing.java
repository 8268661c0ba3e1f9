package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.memory.InMemoryEventInbox.StoredEvent;
import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.operations.port.in.EventPage;
import dev.gorgiasbridge.application.operations.port.in.EventQuery;
import dev.gorgiasbridge.application.operations.port.in.EventSummary;
import dev.gorgiasbridge.application.operations.port.out.EventListing;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The event list read from an {@link InMemoryEventInbox}; behaves like PostgreSQL's (EventListingContract). */
public final class InMemoryEventListing implements EventListing {
    private static final Comparator<EventSummary> NEWEST_FIRST = Comparator.comparing(EventSummary::receivedAt)
            .thenComparing(e -> e.id().toString()).reversed();

    private final InMemoryEventInbox inbox;

    public InMemoryEventListing(InMemoryEventInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public EventPage list(EventQuery query) {
        List<EventSummary> matching = inbox.snapshot().stream()
                .filter(e -> query.status().map(s -> s == e.status()).orElse(true))
                .map(InMemoryEventListing::summary)
                .filter(e -> query.before().map(c -> c.precedes(e.receivedAt(), e.id())).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(query.limit() + 1L)
                .toList();
        boolean more = matching.size() > query.limit();
        List<EventSummary> page = more ? matching.subList(0, query.limit()) : matching;
        return new EventPage(page, more ? Optional.of(page.getLast().cursor()) : Optional.empty());
    }

    @Override
    public Optional<EventDetail> detail(EventId id, EventDetail.Payload payload) {
        return inbox.snapshot().stream().filter(e -> e.id().equals(id)).findFirst().map(e -> new EventDetail(
                summary(e), e.event().dedupKey().value(), e.nextAttemptAt(), e.lastError(), e.stages(),
                payload == EventDetail.Payload.INCLUDED && !e.payloadPurged() ? Optional.of(e.event().payload()) : Optional.empty()));
    }

    private static EventSummary summary(StoredEvent e) {
        return new EventSummary(e.id(), e.event().eventType(), e.event().ticketId(), e.status(), e.attempts(),
                e.event().receivedAt(), e.summary());
    }
}
