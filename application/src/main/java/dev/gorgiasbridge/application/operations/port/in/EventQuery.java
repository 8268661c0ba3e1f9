package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored events an operator asks for, newest first.
 *
 * @param status only events in this status, or all
 * @param limit  at most this many (1 to {@value #MAX_LIMIT})
 * @param before only events after this cursor, i.e. received earlier
 */
public record EventQuery(Optional<EventStatus> status, int limit, Optional<EventCursor> before) {
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public EventQuery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static EventQuery newest(int limit) {
        return new EventQuery(Optional.empty(), limit, Optional.empty());
    }
}
