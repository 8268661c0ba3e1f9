package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.stats.port.in.QueueStats;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The durable inbox of webhook events, unique by dedup key, and the work queue built on it (docs/architecture.md).
 * Workers claim due events under a lease carrying a fresh token; every later write names that token, so
 * a worker whose lease expired and was taken over can no longer change the event. A ticket's events are
 * handed out one at a time, in arrival order.
 */
public interface EventInbox {

    /**
     * Stores the event unless one with the same dedup key exists. Returns after the write is committed.
     *
     * @throws InboxUnavailableException when the store cannot be reached or fails for a while
     * @throws InboxRefusedException      when the store refuses this event's content; events written in the
     *                                    same batch are stored regardless
     */
    Stored store(InboxEvent event);

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
     * Makes one event due again now, whatever its state unless it is being processed or its payload was
     * deleted (there is nothing left to process).
     */
    Replay replay(EventId id);

    /** Makes every dead event received in {@code [from, to)} that still has its payload due again; returns how many. */
    int replayDead(Instant from, Instant to);

    /** Counts by status and the age of the oldest due event, for health and metrics. */
    QueueStats stats();

    /**
     * Waits until new events may be due or {@code timeout} passes, whichever is first. Implementations
     * backed by notifications return early; others may simply sleep.
     */
    void awaitNewEvents(Duration timeout) throws InterruptedException;

    /** Whether this call stored the event, and its id either way. */
    sealed interface Stored {
        EventId eventId();

        record Inserted(EventId eventId) implements Stored {
        }

        record AlreadyPresent(EventId eventId) implements Stored {
        }
    }

    /** The final states an attempt can end an event in. */
    enum Ending { DONE, SKIPPED, DEAD }
}
