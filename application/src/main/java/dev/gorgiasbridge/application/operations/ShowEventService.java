package dev.gorgiasbridge.application.operations;

import dev.gorgiasbridge.application.port.in.ShowEvent;
import dev.gorgiasbridge.application.port.out.EventDetail;
import dev.gorgiasbridge.application.port.out.EventListing;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

/** Shows an event from the store; the payload is read only when asked for, as it carries customer data. */
public final class ShowEventService implements ShowEvent {
    private final EventListing listing;

    public ShowEventService(EventListing listing) {
        this.listing = listing;
    }

    @Override
    public Optional<EventDetail> show(EventId id, EventDetail.Payload payload) {
        return listing.detail(id, payload);
    }
}
