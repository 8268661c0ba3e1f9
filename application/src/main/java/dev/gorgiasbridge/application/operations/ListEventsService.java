package dev.gorgiasbridge.application.operations;

import dev.gorgiasbridge.application.port.in.ListEvents;
import dev.gorgiasbridge.application.port.out.EventListing;
import dev.gorgiasbridge.application.port.out.EventPage;
import dev.gorgiasbridge.application.port.out.EventQuery;

/** Lists events straight from the store; the query already bounds the page size. */
public final class ListEventsService implements ListEvents {
    private final EventListing listing;

    public ListEventsService(EventListing listing) {
        this.listing = listing;
    }

    @Override
    public EventPage list(EventQuery query) {
        return listing.list(query);
    }
}
