package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import java.time.Duration;
import java.util.List;

/**
 * The inbox as the workers' queue (docs/architecture.md). Workers claim due events under a lease carrying a
 * fresh token; every later write names that token, so a worker whose lease expired and was taken over can no
 * longer change the event. A ticket's events are handed out one at a time, in arrival order.
 */
public interface WorkQueue {

    /**
     * Claims up to {@code max} due events: pending, due for retry, or processing under an expired lease,
     * never one whose payload was deleted.
     * Only the oldest unfinished event of a ticket is ever due, and never while another event of that
     * ticket is being processed. Each claim counts as an attempt.
     */
    List<ClaimedEvent> claim(int max, Duration lease);

    /** Extends a lease still held; LeaseLost when it expired and another worker claimed the event. */
    LeaseWrite renew(Lease lease, Duration extension);

    /** Ends the event in a final state ({@code done}, {@code skipped} or {@code dead}); LeaseLost when the lease was lost. */
    LeaseWrite finish(Lease lease, Ending ending, String summary, List<StageOutcome> stages);

    /** Schedules another attempt after {@code delay}; LeaseLost when the lease was lost. */
    LeaseWrite retryLater(Lease lease, Duration delay, String error, List<StageOutcome> stages);

    /** Gives the event back unprocessed (shutdown), as if this attempt never started; LeaseLost when the lease was lost. */
    LeaseWrite release(Lease lease);

    /**
     * Waits until new events may be due or {@code timeout} passes, whichever is first. Implementations
     * backed by notifications return early; others may simply sleep.
     */
    void awaitNewEvents(Duration timeout) throws InterruptedException;

    /** The final states an attempt can end an event in. */
    enum Ending { DONE, SKIPPED, DEAD }
}
