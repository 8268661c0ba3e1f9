package dev.gorgiasbridge.application.contract;

import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored event as operators see it.
 *
 * @param summary   how it ended, or the last error while it is retried
 * @param stages    every stage outcome of every attempt, oldest first
 */
public record EventRecord(EventId id, String dedupKey, String eventType, TicketId ticketId, EventStatus status,
                          int attempts, Instant receivedAt, Instant nextAttemptAt, Optional<String> summary,
                          List<StageOutcome> stages) {
    public EventRecord {
        stages = List.copyOf(stages);
    }
}
