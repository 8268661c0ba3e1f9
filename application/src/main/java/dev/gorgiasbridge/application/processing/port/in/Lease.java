package dev.gorgiasbridge.application.processing.port.in;

import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Objects;
import java.util.UUID;

/** A worker's hold on one claimed event: the event and the token issued with this claim (a fencing token). */
public record Lease(EventId eventId, UUID token) {
    public Lease {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(token, "token");
    }
}
