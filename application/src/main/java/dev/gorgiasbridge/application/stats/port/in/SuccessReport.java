package dev.gorgiasbridge.application.stats.port.in;

import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.domain.enrichment.StageOutcome.Result;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The staging success criteria over {@code [from, to)}, the window period by period, the last 48 hours
 * hour by hour, and the queue now.
 *
 * @param deliveries every webhook delivery answered in the window by outcome, refused ones included
 * @param timeline   the window in periods, oldest first, each with every status (zeros included)
 * @param hours      one entry per hour, oldest first, each with every status (zeros included)
 */
public record SuccessReport(Instant from, Instant to, WindowCounts counts, Map<WebhookOutcome, Long> deliveries,
                            Timeline timeline, List<Hour> hours, QueueStats queue) {
    public SuccessReport {
        deliveries = Map.copyOf(deliveries);
        hours = List.copyOf(hours);
    }

    /** Events received in the hour starting at {@code start}, by the status they are in now. */
    public record Hour(Instant start, Map<EventStatus, Long> byStatus) {
        public Hour {
            byStatus = Map.copyOf(byStatus);
        }
    }

    /** The window cut into periods of {@code period}, each with the events received in it by status now. */
    public record Timeline(Duration period, List<Hour> periods) {
        public Timeline {
            periods = List.copyOf(periods);
        }
    }

    /** Deliveries that passed authentication against all deliveries received, refused ones included. */
    public Share webhooksAuthenticated() {
        long received = deliveries.values().stream().mapToLong(Long::longValue).sum();
        long authenticated = deliveries.entrySet().stream().filter(e -> e.getKey().authenticated())
                .mapToLong(Map.Entry::getValue).sum();
        return new Share(authenticated, received - authenticated);
    }

    /** Finished events that ended well (done or skipped) against those that ended dead. */
    public Share processing() {
        return new Share(counts.events(EventStatus.DONE) + counts.events(EventStatus.SKIPPED),
                counts.events(EventStatus.DEAD));
    }

    /** Events that got their orders from Shopify against those that did not (failed or worked around). */
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
