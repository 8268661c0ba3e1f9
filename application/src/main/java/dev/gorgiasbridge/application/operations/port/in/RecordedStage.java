package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import java.time.Instant;

/** A stage outcome as stored: which attempt it belongs to and when it was recorded. */
public record RecordedStage(int attempt, StageOutcome outcome, Instant recordedAt) {
}
