package dev.gorgiasbridge.application.port.out;

import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

/** The stored events as operators browse them: a list, newest first, and one event in full. */
public interface EventListing {

    EventPage list(EventQuery query);

    Optional<EventDetail> detail(EventId id, EventDetail.Payload payload);
}
