package dev.gorgiasbridge.application.ingest.port.in;

import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.WebhookDelivery;

/** Stores an authenticated Gorgias delivery in the inbox exactly once. */
public interface AcceptWebhook {

    /**
     * Returns only after the event is durably stored (or known to be stored already).
     *
     * @throws dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException when it cannot be stored
     */
    Acceptance accept(WebhookDelivery delivery);

    /** What became of a delivery. */
    sealed interface Acceptance {
        EventId eventId();

        /** First time this delivery was seen; it is now stored. */
        record Accepted(EventId eventId) implements Acceptance {
        }

        /** The delivery was stored before; nothing new was stored. */
        record Duplicate(EventId eventId) implements Acceptance {
        }
    }
}
