package dev.gorgiasbridge.domain.note;

import java.util.Objects;

/** A note that exists on a ticket in Gorgias: the message id Gorgias gave it and our external id. */
public record PostedNote(long messageId, String externalId) {
    public PostedNote {
        Objects.requireNonNull(externalId, "externalId");
        if (messageId <= 0) {
            throw new IllegalArgumentException("message id must be positive");
        }
    }
}
