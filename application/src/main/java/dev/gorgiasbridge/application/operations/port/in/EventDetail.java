package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything operators may see of one event.
 *
 * @param lastError the error of the latest failed attempt, if any
 * @param stages    every stage outcome of every attempt, oldest first
 * @param payload   the body as received, only when asked for (it carries customer data)
 */
public record EventDetail(EventSummary event, String dedupKey, Instant nextAttemptAt, Optional<String> lastError,
                          List<RecordedStage> stages, Optional<String> payload) {
    public EventDetail {
        stages = List.copyOf(stages);
    }

    public EventId id() {
        return event.id();
    }

    /** Whether the stored body is part of the answer. */
    public enum Payload { INCLUDED, LEFT_OUT }
}
