package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.ProcessEvent;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import dev.gorgiasbridge.domain.webhook.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventWorkerTest {
    private static final Instant START = Instant.parse("2026-11-30T12:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final InMemoryEventInbox inbox = new InMemoryEventInbox(clock);
    private final RetrySchedule retries = new RetrySchedule(() -> new MiddleOfTheRange());
    private final List<EventWorker> workers = new ArrayList<>();

    @AfterEach
    void stop() {
        workers.forEach(EventWorker::close);
    }

    private EventWorker start(ProcessEvent process, int concurrency) {
        var settings = new WorkerSettings(concurrency, Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofMillis(300));
        EventWorker worker = EventWorker.start(inbox, process, retries, clock, settings);
        workers.add(worker);
        return worker;
    }

    private EventId store(long ticket, int message) {
        return inbox.store(new InboxEvent(new DedupKey("message:" + ticket + ":" + message), "ticket-message-created",
                new TicketId(ticket), "{}", START.plusMillis(message))).eventId();
    }

    private static EnrichmentOutcome posted(ClaimedEvent event) {
        return new EnrichmentOutcome.Posted("gorgias-bridge:" + event.lease().eventId(), 1,
                List.of(StageOutcome.succeeded(Stage.NOTE, "posted")));
    }

    private static EnrichmentOutcome.Failed failed(EnrichmentOutcome.AfterFailure next) {
        return new EnrichmentOutcome.Failed(Stage.NOTE, "gorgias answered 503", next,
                List.of(StageOutcome.failed(Stage.NOTE, "gorgias answered 503")));
    }

    @Test
    void every_pending_event_is_processed_once_and_marked_done() {
        List<EventId> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(store(i % 7 + 1, i));
        }
        Map<EventId, AtomicInteger> runs = new ConcurrentHashMap<>();

        start(event -> {
            runs.computeIfAbsent(event.lease().eventId(), k -> new AtomicInteger()).incrementAndGet();
            return posted(event);
        }, 4);

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.inStatus(EventStatus.DONE).size() == ids.size());
        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(runs.values()).allMatch(count -> count.get() == 1);
    }

    @Test
    void one_ticket_is_never_processed_twice_at_once_and_keeps_arrival_order() {
        for (int i = 0; i < 30; i++) {
            store(i % 3 + 1, i);
        }
        Map<TicketId, AtomicInteger> busy = new ConcurrentHashMap<>();
        Map<TicketId, List<Instant>> order = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();

        start(event -> {
            if (busy.computeIfAbsent(event.ticketId(), k -> new AtomicInteger()).incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            order.computeIfAbsent(event.ticketId(), k -> Collections.synchronizedList(new ArrayList<>())).add(event.receivedAt());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            busy.get(event.ticketId()).decrementAndGet();
            return posted(event);
        }, 8);

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.inStatus(EventStatus.DONE).size() == 30);
        assertThat(overlaps).hasValue(0);
        assertThat(order.values()).allSatisfy(times -> assertThat(times).isSorted());
    }

    @Test
    void a_skipped_event_records_its_reason() {
        EventId id = store(1, 1);

        start(event -> new EnrichmentOutcome.Skipped("message is our own internal note",
                List.of(StageOutcome.skipped(Stage.TRIAGE, "message is our own internal note"))), 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.inStatus(EventStatus.SKIPPED).contains(id));
        assertThat(inbox.find(id).orElseThrow().summary()).contains("message is our own internal note");
    }

    @Test
    void a_retryable_failure_is_retried_no_sooner_than_retry_after() {
        EventId id = store(1, 1);

        start(event -> failed(new EnrichmentOutcome.RetryLater(Optional.of(Duration.ofMinutes(7)))), 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.inStatus(EventStatus.RETRY).contains(id));
        var record = inbox.find(id).orElseThrow();
        assertThat(record.nextAttemptAt()).isAfterOrEqualTo(START.plus(Duration.ofMinutes(7)));
        assertThat(record.summary()).contains("note: gorgias answered 503");
        assertThat(record.stages()).extracting(StageOutcome::result).containsExactly(StageOutcome.Result.FAILED);
    }

    @Test
    void a_permanent_failure_goes_straight_to_dead() {
        EventId id = store(1, 1);

        start(event -> failed(new EnrichmentOutcome.GiveUp()), 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.inStatus(EventStatus.DEAD).contains(id));
    }

    @Test
    void failures_are_retried_for_more_than_a_day_and_then_the_event_is_dead() {
        EventId id = store(1, 1);
        AtomicInteger attempts = new AtomicInteger();

        start(event -> {
            attempts.incrementAndGet();
            return failed(EnrichmentOutcome.RetryLater.onSchedule());
        }, 1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> moveToNextAttempt(id) == EventStatus.DEAD);
        assertThat(attempts).hasValue(RetrySchedule.MAX_ATTEMPTS);
        assertThat(inbox.find(id).orElseThrow().summary()).hasValueSatisfying(
                summary -> assertThat(summary).endsWith("(gave up after " + RetrySchedule.MAX_ATTEMPTS + " attempts)"));
    }

    @Test
    void an_unexpected_exception_becomes_a_retry_and_the_worker_goes_on() {
        EventId broken = store(1, 1);
        EventId fine = store(2, 2);

        start(event -> {
            if (event.lease().eventId().equals(broken)) {
                throw new IllegalStateException("bug");
            }
            return posted(event);
        }, 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.inStatus(EventStatus.DONE).contains(fine)
                && inbox.inStatus(EventStatus.RETRY).contains(broken));
    }

    @Test
    void shutdown_gives_back_events_still_in_flight() throws InterruptedException {
        EventId id = store(1, 1);
        var started = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        EventWorker worker = start(event -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return posted(event);
        }, 1);
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        worker.close();

        var record = inbox.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(EventStatus.PENDING);
        assertThat(record.attempts()).isZero();
    }

    @Test
    void a_second_worker_never_takes_an_event_the_first_is_still_renewing() {
        EventId id = store(1, 1);
        AtomicInteger runs = new AtomicInteger();
        var settings = new WorkerSettings(1, Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(300));
        ProcessEvent slow = event -> {
            runs.incrementAndGet();
            try {
                Thread.sleep(1200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return posted(event);
        };
        var realClockInbox = inbox;
        workers.add(EventWorker.start(realClockInbox, slow, retries, java.time.Clock.systemUTC(), settings));
        workers.add(EventWorker.start(realClockInbox, slow, retries, java.time.Clock.systemUTC(), settings));

        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.inStatus(EventStatus.DONE).contains(id));
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_replayed_event_that_had_used_up_its_retries_gets_a_new_run_and_its_attempts_count_on() {
        EventId id = store(1, 1);
        for (int attempt = 1; attempt < RetrySchedule.MAX_ATTEMPTS; attempt++) {
            inbox.retryLater(inbox.claim(1, Duration.ofSeconds(30)).getFirst().lease(), Duration.ZERO, "note: 503", List.of());
        }
        inbox.finish(inbox.claim(1, Duration.ofSeconds(30)).getFirst().lease(),
                dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending.DEAD, "note: 503 (gave up after 25 attempts)", List.of());
        inbox.replay(id);
        List<Integer> attemptsSeen = Collections.synchronizedList(new ArrayList<>());

        start(event -> {
            attemptsSeen.add(event.attempt());
            return attemptsSeen.size() == 1 ? failed(EnrichmentOutcome.RetryLater.onSchedule()) : posted(event);
        }, 1);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> moveToNextAttempt(id) == EventStatus.DONE);
        assertThat(attemptsSeen).containsExactly(RetrySchedule.MAX_ATTEMPTS + 1, RetrySchedule.MAX_ATTEMPTS + 2);
    }

    /**
     * Moves time straight to the event's next attempt while it waits for a retry, and never during an
     * attempt: that would expire the attempt's lease and let a second worker claim the event.
     */
    private EventStatus moveToNextAttempt(EventId id) {
        var event = inbox.find(id).orElseThrow();
        if (event.status() == EventStatus.RETRY && event.nextAttemptAt().isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), event.nextAttemptAt()));
        }
        return event.status();
    }

    /** Jitter of exactly zero: every draw is the middle of [0, 1). */
    private static final class MiddleOfTheRange implements java.util.random.RandomGenerator {
        @Override
        public double nextDouble() {
            return 0.5;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only doubles are drawn for jitter");
        }
    }
}
