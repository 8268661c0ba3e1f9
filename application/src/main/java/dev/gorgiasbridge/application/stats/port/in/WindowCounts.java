package dev.gorgiasbridge.application.stats.port.in;

import dev.gorgiasbridge.domain.enrichment.StageOutcome.Result;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.util.Map;

/**
 * What happened in a time window, counted in the store (the raw figures behind the success criteria).
 *
 * @param eventsByStatus          events received in the window, by the status they are in now
 * @param orderLookups            events with an {@code orders} stage recorded in the window, each counted once by its
 *                                best result there (succeeded before degraded before failed before skipped): did the
 *                                event get its orders, however many attempts it took
 * @param aiDrafts                notes drafted by the AI drafter in the window: {@code draft} stages of the attempt that
 *                                put its note on the ticket, so a retried attempt or a replay never counts twice
 * @param templateDrafts          notes drafted by the template drafter in the window, counted the same way
 * @param notes                   {@code note} stage outcomes recorded in the window, by result
 * @param eventsPostedTwice       events received in the window whose note was posted (not found) more than once
 * @param ticketsWithRepeatedNotes tickets holding two notes of the same content created in the window
 * @param aiFallbacks             notes whose template draft stood in for the AI in the window, by the reason recorded
 *                                (e.g. "status not supported by the facts")
 */
public record WindowCounts(Map<EventStatus, Long> eventsByStatus, Map<Result, Long> orderLookups, long aiDrafts,
                           long templateDrafts, Map<Result, Long> notes, long eventsPostedTwice,
                           long ticketsWithRepeatedNotes, Map<String, Long> aiFallbacks) {
    /** The prefix of a draft stage's detail when the template stood in for the AI; the reason follows it. */
    public static final String AI_FALLBACK = "drafted by the template drafter (AI fallback: ";
    /** How a {@code note} stage's detail starts when that attempt put the note on the ticket (not "already on the ticket"). */
    public static final java.util.List<String> NOTE_REACHED_TICKET = java.util.List.of("posted", "found on the ticket");

    public WindowCounts {
        eventsByStatus = Map.copyOf(eventsByStatus);
        orderLookups = Map.copyOf(orderLookups);
        notes = Map.copyOf(notes);
        aiFallbacks = Map.copyOf(aiFallbacks);
    }

    /** Counts without the AI's fallback reasons. */
    public WindowCounts(Map<EventStatus, Long> eventsByStatus, Map<Result, Long> orderLookups, long aiDrafts,
                        long templateDrafts, Map<Result, Long> notes, long eventsPostedTwice, long ticketsWithRepeatedNotes) {
        this(eventsByStatus, orderLookups, aiDrafts, templateDrafts, notes, eventsPostedTwice, ticketsWithRepeatedNotes, Map.of());
    }

    public long received() {
        return eventsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long events(EventStatus status) {
        return eventsByStatus.getOrDefault(status, 0L);
    }

    public long orderLookups(Result result) {
        return orderLookups.getOrDefault(result, 0L);
    }

    public long notes(Result result) {
        return notes.getOrDefault(result, 0L);
    }
}
