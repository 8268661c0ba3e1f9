package dev.gorgiasbridge.application.ingest;

import dev.gorgiasbridge.application.ingest.port.in.AcceptWebhook;
import dev.gorgiasbridge.application.ingest.port.out.DeliveryStore;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Derives a delivery's dedup key and stores it in the inbox; duplicates are recognised, not stored again. */
public final class AcceptWebhookService implements AcceptWebhook {
    private final DeliveryStore inbox;
    private final Clock clock;

    public AcceptWebhookService(DeliveryStore inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public Acceptance accept(WebhookDelivery delivery) {
        var event = new InboxEvent(
                DedupKey.of(delivery),
                delivery.eventType(),
                delivery.ticketId(),
                new String(delivery.rawBody(), StandardCharsets.UTF_8),
                clock.instant());
        return switch (inbox.store(event)) {
            case DeliveryStore.Stored.Inserted inserted -> new Acceptance.Accepted(inserted.eventId());
            case DeliveryStore.Stored.AlreadyPresent present -> new Acceptance.Duplicate(present.eventId());
        };
    }
}
