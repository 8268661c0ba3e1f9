package dev.gorgiasbridge.application.operations.port.out;

import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.operations.port.in.EventPage;
import dev.gorgiasbridge.application.operations.port.in.EventQuery;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

/** The stored events as operators browse them: a list, newest first, and one event in full. */
public interface EventListing {

    EventPage list(EventQuery query);

    Optional<EventDetail> detail(EventId id, EventDetail.Payload payload);
}
