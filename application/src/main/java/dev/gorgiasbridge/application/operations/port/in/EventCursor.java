package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.domain.webhook.EventId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of events, newest first, stopped: the next page holds the events received before this
 * one (ties on the time broken by id). Travels as an opaque string so callers do not build their own.
 */
public record EventCursor(Instant receivedAt, EventId id) {
    public EventCursor {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(id, "id");
    }

    /** The cursor a caller got from {@link #token()}, or empty when it is not one. */
    public static Optional<EventCursor> parse(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            return Optional.of(new EventCursor(Instant.parse(text.substring(0, bar)), EventId.parse(text.substring(bar + 1))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((receivedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an event received at {@code at} with {@code other} id comes after this cursor, newest first. */
    public boolean precedes(Instant at, EventId other) {
        int byTime = at.compareTo(receivedAt);
        // Ids compare as their text, which is how PostgreSQL orders uuids (unsigned, byte by byte).
        return byTime < 0 || byTime == 0 && other.toString().compareTo(id.toString()) < 0;
    }
}
