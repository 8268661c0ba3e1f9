package dev.gorgiasbridge.application.port.in;

import dev.gorgiasbridge.application.port.out.QueueStats;
import dev.gorgiasbridge.application.port.out.WindowCounts;
import dev.gorgiasbridge.domain.enrichment.StageOutcome.Result;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The staging success criteria over {@code [from, to)}, the last 48 hours hour by hour, and the queue now.
 *
 * @param hours one entry per hour, oldest first, each with every status (zeros included)
 */
public record SuccessReport(Instant from, Instant to, WindowCounts counts, List<Hour> hours, QueueStats queue) {
    public SuccessReport {
        hours = List.copyOf(hours);
    }

    /** Events received in the hour starting at {@code start}, by the status they are in now. */
    public record Hour(Instant start, Map<EventStatus, Long> byStatus) {
        public Hour {
            byStatus = Map.copyOf(byStatus);
        }
    }

    /** Finished events that ended well (done or skipped) against those that ended dead. */
    public Share processing() {
        return new Share(counts.events(EventStatus.DONE) + counts.events(EventStatus.SKIPPED),
                counts.events(EventStatus.DEAD));
    }

    /** Shopify lookups that answered against those that failed or were worked around. */
    public Share shopifyLookups() {
        return new Share(counts.orderLookups(Result.SUCCEEDED),
                counts.orderLookups(Result.FAILED) + counts.orderLookups(Result.DEGRADED));
    }

    /** Suggested replies written by the AI drafter against those that fell back to the template. */
    public Share aiDrafts() {
        return new Share(counts.aiDrafts(), counts.templateDrafts());
    }

    /** Note stages that ended with the note on the ticket against those that failed. */
    public Share notesPosted() {
        return new Share(counts.notes(Result.SUCCEEDED), counts.notes(Result.FAILED));
    }

    /** Duplicate processing seen in the window; anything but 0 is a bug. */
    public long duplicates() {
        return counts.eventsPostedTwice() + counts.ticketsWithRepeatedNotes();
    }
}
