package dev.gorgiasbridge.domain.enrichment;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How one attempt at an event ended, with every stage's outcome along the way. */
public sealed interface EnrichmentOutcome {

    List<StageOutcome> stages();

    /** A note is on the ticket (posted now, or found there from an earlier attempt). */
    record Posted(String externalId, long messageId, List<StageOutcome> stages) implements EnrichmentOutcome {
        public Posted {
            Objects.requireNonNull(externalId, "externalId");
            stages = List.copyOf(stages);
        }
    }

    /** Nothing to post, for a recorded reason. */
    record Skipped(String reason, List<StageOutcome> stages) implements EnrichmentOutcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
            stages = List.copyOf(stages);
        }
    }

    /**
     * The attempt failed at a stage.
     *
     * @param retryable  whether trying again may succeed (throttling, outages) or not (a refused request)
     * @param retryAfter the earliest sensible retry, when a server said so
     */
    record Failed(Stage stage, String error, boolean retryable, Optional<Duration> retryAfter,
                  List<StageOutcome> stages) implements EnrichmentOutcome {
        public Failed {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(retryAfter, "retryAfter");
            stages = List.copyOf(stages);
        }
    }
}
