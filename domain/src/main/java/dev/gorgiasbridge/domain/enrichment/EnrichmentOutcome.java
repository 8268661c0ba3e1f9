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
     * @param next what to do about it: try again (throttling, outages, our own store failing) or give up
     *             (a refused request)
     */
    record Failed(Stage stage, String error, AfterFailure next, List<StageOutcome> stages) implements EnrichmentOutcome {
        public Failed {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(next, "next");
            stages = List.copyOf(stages);
        }
    }

    /** What a failed attempt leaves to do: the retry schedule decides when only for {@link RetryLater}. */
    sealed interface AfterFailure {
    }

    /**
     * Trying again may succeed.
     *
     * @param after the earliest sensible retry, when a server said so
     */
    record RetryLater(Optional<Duration> after) implements AfterFailure {
        public RetryLater {
            Objects.requireNonNull(after, "after");
        }

        /** Retry on the schedule alone: no server asked for a delay. */
        public static RetryLater onSchedule() {
            return new RetryLater(Optional.empty());
        }
    }

    /** Trying again will not help until someone changes something (credentials, the request itself). */
    record GiveUp() implements AfterFailure {
    }
}
