package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.AttemptEnding;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.webhook.RetrySchedule;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes down how an attempt ended: done, skipped, to be retried after the schedule's delay (never sooner
 * than a server asked), or dead when the failure is permanent or the schedule gives up. Every write names
 * the attempt's lease, so a worker that lost its lease changes nothing.
 */
final class AttemptRecorder {
    private static final System.Logger log = System.getLogger(AttemptRecorder.class.getName());

    private final WorkQueue inbox;
    private final RetrySchedule retries;
    private final Clock clock;
    private final ProcessingMetrics metrics;

    AttemptRecorder(WorkQueue inbox, RetrySchedule retries, Clock clock, ProcessingMetrics metrics) {
        this.inbox = inbox;
        this.retries = retries;
        this.clock = clock;
        this.metrics = metrics;
    }

    void record(ClaimedEvent event, EnrichmentOutcome outcome) {
        outcome.stages().forEach(metrics::stage);
        LeaseWrite recorded = switch (outcome) {
            case EnrichmentOutcome.Posted posted -> {
                log.log(Level.INFO, "event {0} done at attempt {1}: note {2} is on ticket {3}",
                        event.lease().eventId(), event.attempt(), posted.externalId(), event.ticketId());
                yield ended(AttemptEnding.DONE, inbox.finish(event.lease(), Ending.DONE,
                        "note " + posted.externalId() + " is on the ticket", posted.stages()));
            }
            case EnrichmentOutcome.Skipped skipped -> {
                log.log(Level.INFO, "event {0} skipped: {1}", event.lease().eventId(), skipped.reason());
                yield ended(AttemptEnding.SKIPPED, inbox.finish(event.lease(), Ending.SKIPPED, skipped.reason(), skipped.stages()));
            }
            case EnrichmentOutcome.Failed failed -> failure(event, failed);
        };
        if (recorded instanceof LeaseWrite.LeaseLost) {
            log.log(Level.WARNING, "lease on event {0} was lost before its outcome was recorded; "
                    + "the worker that took it over decides", event.lease().eventId());
        }
    }

    private LeaseWrite failure(ClaimedEvent event, EnrichmentOutcome.Failed failed) {
        String error = failed.stage().name().toLowerCase(Locale.ROOT) + ": " + failed.error();
        return switch (failed.next()) {
            case EnrichmentOutcome.GiveUp giveUp -> {
                log.log(Level.WARNING, "event {0} failed for good at attempt {1}: {2}", event.lease().eventId(),
                        event.attempt(), error);
                yield ended(AttemptEnding.DEAD, inbox.finish(event.lease(), Ending.DEAD, error, failed.stages()));
            }
            case EnrichmentOutcome.RetryLater later -> onSchedule(event, failed, error, later);
        };
    }

    private LeaseWrite onSchedule(ClaimedEvent event, EnrichmentOutcome.Failed failed, String error,
                                  EnrichmentOutcome.RetryLater later) {
        Instant now = clock.instant();
        // The schedule counts this run only: a replayed event gets the whole schedule again.
        return switch (retries.afterFailure(event.attemptOfRun(), now, later.after())) {
            case RetrySchedule.Decision.RetryAt retry -> {
                log.log(Level.INFO, "event {0} attempt {1} failed ({2}); next attempt at {3}",
                        event.lease().eventId(), event.attempt(), error, retry.at());
                yield ended(AttemptEnding.RETRY, inbox.retryLater(event.lease(), Duration.between(now, retry.at()), error,
                        failed.stages()));
            }
            case RetrySchedule.Decision.GiveUp giveUp -> {
                log.log(Level.WARNING, "event {0} is dead after {1} attempts: {2}", event.lease().eventId(),
                        event.attemptOfRun(), error);
                yield ended(AttemptEnding.DEAD, inbox.finish(event.lease(), Ending.DEAD,
                        error + " (gave up after " + event.attemptOfRun() + " attempts)", failed.stages()));
            }
        };
    }

    /** Counts the attempt's ending when it was recorded (a lost lease records nothing). */
    private LeaseWrite ended(AttemptEnding ending, LeaseWrite recorded) {
        if (recorded instanceof LeaseWrite.Written) {
            metrics.attemptEnded(ending);
        }
        return recorded;
    }
}
