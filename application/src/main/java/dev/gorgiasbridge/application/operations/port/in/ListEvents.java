package dev.gorgiasbridge.application.operations.port.in;

/** Lists stored events for operators, newest first, a page at a time. */
public interface ListEvents {

    EventPage list(EventQuery query);
}
