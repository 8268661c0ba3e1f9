package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The stages of one attempt at an event, run in order and each recorded with its outcome
 * (docs/architecture.md, "The life of one event"). A step either hands its result to the next one or stops the
 * attempt with a reason; a step that throws fails the attempt at its own stage, so no step has to know which
 * stage comes before it.
 */
final class AttemptStages {
    private final List<StageOutcome> stages = new ArrayList<>();

    /** What one step answered: its stage's outcome, and a value for the next step or a reason to stop. */
    sealed interface Step<T> {
        StageOutcome outcome();

        static <T> Step<T> next(T value, StageOutcome outcome) {
            return new Next<>(value, outcome);
        }

        static <T> Step<T> stop(String reason, StageOutcome outcome) {
            return new Stop<>(reason, outcome);
        }
    }

    record Next<T>(T value, StageOutcome outcome) implements Step<T> {
        Next {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    record Stop<T>(String reason, StageOutcome outcome) implements Step<T> {
        Stop {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * The attempt ended before its last step: skipped for a reason, or failed at a stage. An exception, so the
     * use case reads as the list of its steps; it never leaves {@link EnrichTicketService#process}.
     */
    static final class Ended extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EnrichmentOutcome outcome;

        private Ended(EnrichmentOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }

        EnrichmentOutcome outcome() {
            return outcome;
        }
    }

    /** Runs one step at {@code stage} and records its outcome; throws {@link Ended} when the attempt ends there. */
    <T> T run(Stage stage, Supplier<Step<T>> step) {
        Step<T> answered = failingAt(stage, step);
        stages.add(answered.outcome());
        return switch (answered) {
            case Next<T> next -> next.value();
            case Stop<T> stop -> throw new Ended(new EnrichmentOutcome.Skipped(stop.reason(), stages));
        };
    }

    /** Runs part of a stage whose outcome another step records; a failure fails the attempt at that stage. */
    <T> T within(Stage stage, Supplier<T> part) {
        return failingAt(stage, part);
    }

    /** Runs what follows a stage's recorded outcome (recording nothing more), failing the attempt at that stage. */
    void after(Stage stage, Runnable action) {
        failingAt(stage, () -> {
            action.run();
            return null;
        });
    }

    /** The attempt ended with its note on the ticket. */
    EnrichmentOutcome.Posted posted(String externalId, long messageId) {
        return new EnrichmentOutcome.Posted(externalId, messageId, stages);
    }

    private <T> T failingAt(Stage stage, Supplier<T> step) {
        try {
            return step.get();
        } catch (ExternalServiceException e) {
            EnrichmentOutcome.AfterFailure next = e instanceof ExternalServiceException.RetryLater later
                    ? new EnrichmentOutcome.RetryLater(later.after()) : new EnrichmentOutcome.GiveUp();
            throw failed(stage, e.getMessage(), next);
        } catch (RuntimeException e) {
            // Our own store failing (database down): worth retrying, the event is safe in the inbox.
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            throw failed(stage, error, EnrichmentOutcome.RetryLater.onSchedule());
        }
    }

    private Ended failed(Stage stage, String error, EnrichmentOutcome.AfterFailure next) {
        stages.add(StageOutcome.failed(stage, error));
        return new Ended(new EnrichmentOutcome.Failed(stage, error, next, stages));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
