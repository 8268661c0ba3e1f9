package dev.gorgiasbridge.application.port.in;

import dev.gorgiasbridge.application.port.out.EventPage;
import dev.gorgiasbridge.application.port.out.EventQuery;

/** Lists stored events for operators, newest first, a page at a time. */
public interface ListEvents {

    EventPage list(EventQuery query);
}
