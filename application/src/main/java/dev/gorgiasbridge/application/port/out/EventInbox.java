package dev.gorgiasbridge.application.port.out;

import dev.gorgiasbridge.domain.webhook.EventId;

/** The durable inbox of webhook events, unique by dedup key. */
public interface EventInbox {

    /**
     * Stores the event unless one with the same dedup key exists. Returns after the write is committed.
     *
     * @throws InboxUnavailableException when the store cannot be reached or refuses the write
     */
    Stored store(InboxEvent event);

    /** Whether this call stored the event, and its id either way. */
    sealed interface Stored {
        EventId eventId();

        record Inserted(EventId eventId) implements Stored {
        }

        record AlreadyPresent(EventId eventId) implements Stored {
        }
    }
}
