package dev.gorgiasbridge.application.operations;

import dev.gorgiasbridge.application.operations.port.in.EventPage;
import dev.gorgiasbridge.application.operations.port.in.EventQuery;
import dev.gorgiasbridge.application.operations.port.in.ListEvents;
import dev.gorgiasbridge.application.operations.port.out.EventListing;
import dev.gorgiasbridge.application.redaction.port.out.Redaction;

/** Lists events straight from the store, their summaries masked as served; the query bounds the page size. */
public final class ListEventsService implements ListEvents {
    private final EventListing listing;
    private final Redaction redaction;

    public ListEventsService(EventListing listing) {
        this(listing, Redaction.none());
    }

    public ListEventsService(EventListing listing, Redaction redaction) {
        this.listing = listing;
        this.redaction = redaction;
    }

    @Override
    public EventPage list(EventQuery query) {
        EventPage page = listing.list(query);
        return new EventPage(page.events().stream().map(e -> ShowEventService.redacted(e, redaction)).toList(), page.next());
    }
}
