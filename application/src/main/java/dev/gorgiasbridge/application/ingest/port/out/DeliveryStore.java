package dev.gorgiasbridge.application.ingest.port.out;

import dev.gorgiasbridge.application.ingest.port.in.InboxRefusedException;
import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.domain.webhook.EventId;

/** Where an accepted delivery is kept as an event, unique by dedup key (the inbox's storing role). */
public interface DeliveryStore {

    /**
     * Stores the event unless one with the same dedup key exists. Returns after the write is committed.
     *
     * @throws InboxUnavailableException when the store cannot be reached or fails for a while
     * @throws InboxRefusedException      when the store refuses this event's content; events written in the
     *                                    same batch are stored regardless
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
