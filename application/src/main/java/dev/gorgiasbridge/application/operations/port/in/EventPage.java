package dev.gorgiasbridge.application.operations.port.in;

import java.util.List;
import java.util.Optional;

/**
 * A page of events, newest first.
 *
 * @param next where the following page starts; empty on the last page
 */
public record EventPage(List<EventSummary> events, Optional<EventCursor> next) {
    public EventPage {
        events = List.copyOf(events);
    }
}
