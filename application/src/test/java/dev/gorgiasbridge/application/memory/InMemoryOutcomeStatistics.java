package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.memory.InMemoryEventInbox.StoredEvent;
import dev.gorgiasbridge.application.operations.port.in.RecordedStage;
import dev.gorgiasbridge.application.stats.port.in.WindowCounts;
import dev.gorgiasbridge.application.stats.port.out.HourlyCount;
import dev.gorgiasbridge.application.stats.port.out.OutcomeStatistics;
import dev.gorgiasbridge.application.stats.port.out.PeriodCount;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome.Result;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The success counts read from an {@link InMemoryEventInbox}; behaves like PostgreSQL's
 * (OutcomeStatisticsContract). It holds no notes, so it never sees a ticket with repeated notes.
 */
public final class InMemoryOutcomeStatistics implements OutcomeStatistics {
    private final InMemoryEventInbox inbox;

    public InMemoryOutcomeStatistics(InMemoryEventInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public WindowCounts count(Instant from, Instant to) {
        List<StoredEvent> events = inbox.snapshot();
        Predicate<Instant> inWindow = at -> !at.isBefore(from) && at.isBefore(to);
        Map<EventStatus, Long> byStatus = new EnumMap<>(EventStatus.class);
        events.stream().filter(e -> inWindow.test(e.event().receivedAt()))
                .forEach(e -> byStatus.merge(e.status(), 1L, Long::sum));
        List<RecordedStage> stages = events.stream().flatMap(e -> e.stages().stream())
                .filter(s -> inWindow.test(s.recordedAt())).toList();
        // Drafts count once per note: only the draft of the attempt that put its note on the ticket.
        List<RecordedStage> draftsInNotes = events.stream().flatMap(e -> e.stages().stream()
                        .filter(s -> s.outcome().stage() == Stage.DRAFT && inWindow.test(s.recordedAt()))
                        .filter(s -> e.stages().stream().anyMatch(note -> note.attempt() == s.attempt()
                                && note.outcome().stage() == Stage.NOTE && note.outcome().result() == Result.SUCCEEDED
                                && WindowCounts.NOTE_REACHED_TICKET.stream().anyMatch(note.outcome().detail()::startsWith))))
                .toList();
        long postedTwice = events.stream().filter(e -> inWindow.test(e.event().receivedAt()))
                .filter(e -> e.stages().stream().filter(s -> s.outcome().stage() == Stage.NOTE
                        && s.outcome().result() == Result.SUCCEEDED && s.outcome().detail().startsWith("posted")).count() > 1)
                .count();
        Map<String, Long> fallbacks = new LinkedHashMap<>();
        draftsInNotes.stream().filter(s -> s.outcome().stage() == Stage.DRAFT
                        && (s.outcome().result() == Result.SUCCEEDED || s.outcome().result() == Result.DEGRADED))
                .map(s -> s.outcome().detail())
                .filter(detail -> detail.startsWith(WindowCounts.AI_FALLBACK) && detail.endsWith(")"))
                .forEach(detail -> fallbacks.merge(detail.substring(WindowCounts.AI_FALLBACK.length(), detail.length() - 1), 1L,
                        Long::sum));
        return new WindowCounts(byStatus, lookupsPerEvent(events, inWindow),
                drafts(draftsInNotes, "drafted by the AI drafter"), drafts(draftsInNotes, "drafted by the template drafter"),
                byResult(stages, Stage.NOTE), postedTwice, 0, fallbacks);
    }

    @Override
    public List<HourlyCount> perHour(Instant from, Instant to) {
        Map<Map.Entry<Instant, EventStatus>, Long> counts = new LinkedHashMap<>();
        inbox.snapshot().stream()
                .filter(e -> !e.event().receivedAt().isBefore(from) && e.event().receivedAt().isBefore(to))
                .forEach(e -> counts.merge(Map.entry(e.event().receivedAt().truncatedTo(ChronoUnit.HOURS), e.status()),
                        1L, Long::sum));
        List<HourlyCount> hours = new ArrayList<>();
        counts.forEach((key, n) -> hours.add(new HourlyCount(key.getKey(), key.getValue(), n)));
        return hours;
    }

    @Override
    public List<PeriodCount> perPeriod(Instant from, Instant to, Duration length) {
        long seconds = length.toSeconds();
        Map<Map.Entry<Instant, EventStatus>, Long> counts = new LinkedHashMap<>();
        inbox.snapshot().stream()
                .filter(e -> !e.event().receivedAt().isBefore(from) && e.event().receivedAt().isBefore(to))
                .forEach(e -> counts.merge(Map.entry(Instant.ofEpochSecond(
                        Math.floorDiv(e.event().receivedAt().getEpochSecond(), seconds) * seconds), e.status()), 1L, Long::sum));
        List<PeriodCount> periods = new ArrayList<>();
        counts.forEach((key, n) -> periods.add(new PeriodCount(key.getKey(), key.getValue(), n)));
        return periods;
    }

    /** Each event with an orders stage in the window, once, by its best result there. */
    private static Map<Result, Long> lookupsPerEvent(List<StoredEvent> events, Predicate<Instant> inWindow) {
        Map<Result, Long> counts = new EnumMap<>(Result.class);
        for (StoredEvent event : events) {
            event.stages().stream()
                    .filter(s -> s.outcome().stage() == Stage.ORDERS && inWindow.test(s.recordedAt()))
                    .map(s -> s.outcome().result())
                    .min(Comparator.comparing(InMemoryOutcomeStatistics::rank))
                    .ifPresent(best -> counts.merge(best, 1L, Long::sum));
        }
        return counts;
    }

    private static int rank(Result result) {
        return switch (result) {
            case SUCCEEDED -> 0;
            case DEGRADED -> 1;
            case FAILED -> 2;
            case SKIPPED -> 3;
        };
    }

    private static Map<Result, Long> byResult(List<RecordedStage> stages, Stage stage) {
        Map<Result, Long> counts = new EnumMap<>(Result.class);
        stages.stream().filter(s -> s.outcome().stage() == stage).forEach(s -> counts.merge(s.outcome().result(), 1L, Long::sum));
        return counts;
    }

    private static long drafts(List<RecordedStage> stages, String detail) {
        // A template draft standing in for a refused AI draft is degraded, with the reason after the name.
        return stages.stream().filter(s -> s.outcome().stage() == Stage.DRAFT
                && (s.outcome().result() == Result.SUCCEEDED || s.outcome().result() == Result.DEGRADED)
                && (s.outcome().detail().equals(detail) || s.outcome().detail().startsWith(detail + " ("))).count();
    }
}
