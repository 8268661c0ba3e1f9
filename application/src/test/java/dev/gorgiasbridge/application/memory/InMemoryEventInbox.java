package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.EventRecord;
import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.operations.port.in.RecordedStage;
import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite;
import dev.gorgiasbridge.application.stats.port.in.QueueStats;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.text.StorableText;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The inbox and queue in memory, for application tests; behaves like the PostgreSQL inbox (both pass
 * EventInboxContract). One lock guards everything, which is the simplest way to get the same atomicity.
 */
public final class InMemoryEventInbox implements EventInbox {
    private final Clock clock;
    private final List<Row> rows = new ArrayList<>();
    private long sequence;
    private boolean unavailable;

    public InMemoryEventInbox() {
        this(Clock.systemUTC());
    }

    public InMemoryEventInbox(Clock clock) {
        this.clock = clock;
    }

    private static final class Row {
        final EventId id = new EventId(UUID.randomUUID());
        final InboxEvent event;
        final long order;
        EventStatus status = EventStatus.PENDING;
        int attempts;
        int attemptsBeforeRun;
        Instant nextAttemptAt;
        UUID token;
        Instant leaseExpiresAt;
        String summary;
        String lastError;
        Instant finishedAt;
        Optional<String> purgedBecause = Optional.empty();
        final List<StageOutcome> stages = new ArrayList<>();
        final List<RecordedStage> recorded = new ArrayList<>();

        Row(InboxEvent event, long order, Instant now) {
            this.event = event;
            this.order = order;
            this.nextAttemptAt = now;
        }

        boolean unfinished() {
            return status == EventStatus.PENDING || status == EventStatus.RETRY || status == EventStatus.PROCESSING;
        }

        boolean held(Instant now) {
            return status == EventStatus.PROCESSING && !leaseExpiresAt.isBefore(now);
        }

        boolean due(Instant now) {
            return purgedBecause.isEmpty() && (status == EventStatus.PENDING || status == EventStatus.RETRY) && !nextAttemptAt.isAfter(now)
                    || purgedBecause.isEmpty() && status == EventStatus.PROCESSING && leaseExpiresAt.isBefore(now);
        }
    }

    /** Makes every store fail as if the database were down, until called again with false. */
    public synchronized void unavailable(boolean down) {
        unavailable = down;
    }

    @Override
    public synchronized Stored store(InboxEvent event) {
        if (unavailable) {
            throw new InboxUnavailableException("database down", new IllegalStateException("connection refused"));
        }
        for (Row row : rows) {
            if (row.event.dedupKey().equals(event.dedupKey())) {
                return new Stored.AlreadyPresent(row.id);
            }
        }
        Row row = new Row(event, sequence++, clock.instant());
        rows.add(row);
        notifyAll();
        return new Stored.Inserted(row.id);
    }

    @Override
    public synchronized List<ClaimedEvent> claim(int max, Duration lease) {
        Instant now = clock.instant();
        List<Row> due = rows.stream()
                .filter(r -> r.due(now))
                .filter(r -> rows.stream().noneMatch(o -> o != r && o.event.ticketId().equals(r.event.ticketId())
                        && (o.unfinished() && o.order < r.order || o.held(now))))
                .sorted(Comparator.<Row, Instant>comparing(r -> r.nextAttemptAt).thenComparingLong(r -> r.order))
                .limit(max)
                .toList();
        List<ClaimedEvent> claimed = new ArrayList<>();
        for (Row row : due) {
            row.status = EventStatus.PROCESSING;
            row.token = UUID.randomUUID();
            row.leaseExpiresAt = now.plus(lease);
            row.attempts++;
            claimed.add(new ClaimedEvent(new Lease(row.id, row.token), row.event.ticketId(), row.event.eventType(),
                    row.event.payload(), row.attempts, row.attempts - row.attemptsBeforeRun, row.event.receivedAt()));
        }
        return claimed;
    }

    @Override
    public synchronized LeaseWrite renew(Lease lease, Duration extension) {
        return held(lease).<LeaseWrite>map(row -> {
            row.leaseExpiresAt = clock.instant().plus(extension);
            return new LeaseWrite.Written();
        }).orElse(new LeaseWrite.LeaseLost());
    }

    @Override
    public synchronized LeaseWrite finish(Lease lease, Ending ending, String summary, List<StageOutcome> stages) {
        return held(lease).<LeaseWrite>map(row -> {
            row.status = EventStatus.valueOf(ending.name());
            row.finishedAt = clock.instant();
            row.summary = StorableText.of(summary);
            row.lastError = ending == Ending.DEAD ? row.summary : null;
            record(row, stages);
            row.token = null;
            return new LeaseWrite.Written();
        }).orElse(new LeaseWrite.LeaseLost());
    }

    @Override
    public synchronized LeaseWrite retryLater(Lease lease, Duration delay, String error, List<StageOutcome> stages) {
        return held(lease).<LeaseWrite>map(row -> {
            row.status = EventStatus.RETRY;
            row.summary = StorableText.of(error);
            row.lastError = row.summary;
            row.nextAttemptAt = clock.instant().plus(delay);
            record(row, stages);
            row.token = null;
            return new LeaseWrite.Written();
        }).orElse(new LeaseWrite.LeaseLost());
    }

    @Override
    public synchronized LeaseWrite release(Lease lease) {
        return held(lease).<LeaseWrite>map(row -> {
            row.attempts--;
            row.status = row.attempts > row.attemptsBeforeRun ? EventStatus.RETRY : EventStatus.PENDING;
            row.token = null;
            notifyAll();
            return new LeaseWrite.Written();
        }).orElse(new LeaseWrite.LeaseLost());
    }

    @Override
    public synchronized Replay replay(EventId id) {
        Optional<Row> found = rows.stream().filter(r -> r.id.equals(id)).findFirst();
        if (found.isEmpty()) {
            return Replay.NOT_FOUND;
        }
        Row row = found.get();
        if (row.purgedBecause.isPresent()) {
            return Replay.PAYLOAD_PURGED;
        }
        if (row.held(clock.instant())) {
            return Replay.IN_FLIGHT;
        }
        makeDue(row);
        return Replay.REPLAYED;
    }

    @Override
    public synchronized int replayDead(Instant from, Instant to) {
        List<Row> dead = rows.stream().filter(r -> r.status == EventStatus.DEAD && r.purgedBecause.isEmpty()
                && !r.event.receivedAt().isBefore(from) && r.event.receivedAt().isBefore(to)).toList();
        dead.forEach(this::makeDue);
        return dead.size();
    }

    private void makeDue(Row row) {
        row.status = EventStatus.PENDING;
        row.attemptsBeforeRun = row.attempts;
        row.nextAttemptAt = clock.instant();
        row.token = null;
        notifyAll();
    }

    @Override
    public synchronized QueueStats stats() {
        Instant now = clock.instant();
        Map<EventStatus, Long> counts = new EnumMap<>(EventStatus.class);
        rows.forEach(r -> counts.merge(r.status, 1L, Long::sum));
        Optional<Duration> oldest = rows.stream()
                .filter(r -> (r.status == EventStatus.PENDING || r.status == EventStatus.RETRY) && !r.nextAttemptAt.isAfter(now))
                .map(r -> Duration.between(r.nextAttemptAt, now))
                .max(Comparator.naturalOrder());
        return new QueueStats(counts, oldest);
    }

    /** The event as stored, for assertions. */
    public synchronized Optional<EventRecord> find(EventId id) {
        return rows.stream().filter(r -> r.id.equals(id)).findFirst().map(r -> new EventRecord(r.id,
                r.event.dedupKey().value(), r.event.eventType(), r.event.ticketId(), r.status, r.attempts,
                r.event.receivedAt(), r.nextAttemptAt, Optional.ofNullable(r.summary), r.stages));
    }

    @Override
    public synchronized void awaitNewEvents(Duration timeout) throws InterruptedException {
        wait(Math.max(1, timeout.toMillis()));
    }

    /** Every stored event, for assertions. */
    public synchronized List<InboxEvent> events() {
        return rows.stream().map(r -> r.event).toList();
    }

    /** Every event id in a status, for assertions. */
    public synchronized List<EventId> inStatus(EventStatus status) {
        return rows.stream().filter(r -> r.status == status).map(r -> r.id).toList();
    }

    private void record(Row row, List<StageOutcome> stages) {
        List<StageOutcome> stored = stages.stream()
                .map(s -> new StageOutcome(s.stage(), s.result(), StorableText.of(s.detail()))).toList();
        row.stages.addAll(stored);
        Instant now = clock.instant();
        stored.forEach(stage -> row.recorded.add(new RecordedStage(row.attempts, stage, now)));
    }

    /**
     * Deletes the payloads of events finished before {@code finishedBefore} (PersonalData's retention).
     * The event keeps its InboxEvent for the other fakes; a purged payload is never handed out again.
     */
    synchronized int purgeFinishedPayloads(Instant finishedBefore) {
        List<Row> expired = rows.stream().filter(r -> r.purgedBecause.isEmpty() && r.finishedAt != null
                && !r.unfinished() && r.finishedAt.isBefore(finishedBefore)).toList();
        expired.forEach(r -> r.purgedBecause = Optional.of("retention"));
        return expired.size();
    }

    /** Erases the payloads of the events {@code chosen} selects, skipping those not yet finished. */
    synchronized int erasePayloads(java.util.function.Predicate<InboxEvent> chosen) {
        List<Row> erased = rows.stream().filter(r -> r.purgedBecause.isEmpty() && chosen.test(r.event)).toList();
        for (Row row : erased) {
            row.purgedBecause = Optional.of("erasure");
            if (row.unfinished()) {
                row.status = EventStatus.SKIPPED;
                row.summary = "customer data erased on request";
                row.token = null;
                row.finishedAt = clock.instant();
            }
        }
        return erased.size();
    }

    /** Whether the event's payload was deleted, for assertions. */
    public synchronized boolean payloadPurged(EventId id) {
        return rows.stream().anyMatch(r -> r.id.equals(id) && r.purgedBecause.isPresent());
    }

    /** An event as this inbox holds it, for the other in-memory ports that read the same events. */
    public record StoredEvent(EventId id, InboxEvent event, EventStatus status, int attempts, Instant nextAttemptAt,
                              Optional<String> summary, Optional<String> lastError, List<RecordedStage> stages,
                              boolean payloadPurged) {
    }

    /** Every event as it is now, in arrival order. */
    public synchronized List<StoredEvent> snapshot() {
        return rows.stream().map(r -> new StoredEvent(r.id, r.event, r.status, r.attempts, r.nextAttemptAt,
                Optional.ofNullable(r.summary), Optional.ofNullable(r.lastError), List.copyOf(r.recorded),
                r.purgedBecause.isPresent())).toList();
    }

    private Optional<Row> held(Lease lease) {
        return rows.stream()
                .filter(r -> r.id.equals(lease.eventId()) && lease.token().equals(r.token)
                        && r.status == EventStatus.PROCESSING)
                .findFirst();
    }
}
