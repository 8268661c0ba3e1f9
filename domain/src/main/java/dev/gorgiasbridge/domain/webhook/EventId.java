package dev.gorgiasbridge.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** The id under which an accepted webhook event is stored and reported back to the sender. */
public record EventId(UUID value) {
    public EventId {
        Objects.requireNonNull(value, "value");
    }

    public static EventId parse(String text) {
        return new EventId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
