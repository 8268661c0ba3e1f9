package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending;
import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.application.ingest.port.out.DeliveryStore.Stored;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite.LeaseLost;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite.Written;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventInbox} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class EventInboxContract {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Instant RECEIVED = Instant.parse("2026-11-30T12:00:00Z");

    private EventInbox inbox;

    /** A new, empty inbox for each test. */
    protected abstract EventInbox freshInbox();

    /** The event as stored, read through the implementation itself: no port reads one back. */
    protected abstract Optional<EventRecord> record(EventId id);

    /** How many events with this key the store holds. */
    protected abstract int storedCount(DedupKey key);

    @BeforeEach
    void setUp() {
        inbox = freshInbox();
    }

    protected static InboxEvent event(String key) {
        return event(key, 4021, RECEIVED);
    }

    protected static InboxEvent event(String key, long ticket, Instant receivedAt) {
        return new InboxEvent(new DedupKey(key), "ticket-message-created", new TicketId(ticket),
                "{\"ticket\":{\"id\":" + ticket + "}}", receivedAt);
    }

    private EventId store(String key, long ticket, int secondsAfter) {
        return inbox.store(event(key, ticket, RECEIVED.plusSeconds(secondsAfter))).eventId();
    }

    private static List<EventId> ids(List<ClaimedEvent> claimed) {
        return claimed.stream().map(c -> c.lease().eventId()).toList();
    }

    @Test
    void a_new_event_is_inserted() {
        Stored stored = inbox.store(event("message:4021:1"));

        assertThat(stored).isInstanceOf(Stored.Inserted.class);
        assertThat(storedCount(new DedupKey("message:4021:1"))).isEqualTo(1);
    }

    @Test
    void the_same_key_again_reports_the_first_event_and_stores_nothing() {
        Stored first = inbox.store(event("message:4021:2"));
        Stored second = inbox.store(event("message:4021:2"));

        assertThat(second).isEqualTo(new Stored.AlreadyPresent(first.eventId()));
        assertThat(storedCount(new DedupKey("message:4021:2"))).isEqualTo(1);
    }

    @Test
    void different_keys_are_different_events() {
        Stored a = inbox.store(event("message:4021:3"));
        Stored b = inbox.store(event("message:4021:4"));

        assertThat(a.eventId()).isNotEqualTo(b.eventId());
        assertThat(b).isInstanceOf(Stored.Inserted.class);
    }

    @Test
    void fifty_concurrent_stores_of_one_key_insert_exactly_one() throws Exception {
        int deliveries = 50;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        var start = new CountDownLatch(1);
        List<Future<Stored>> results = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return inbox.store(event("message:4021:50"));
                }));
            }
            start.countDown();
            List<Stored> stored = new ArrayList<>();
            for (Future<Stored> result : results) {
                stored.add(result.get());
            }
            assertThat(stored).filteredOn(s -> s instanceof Stored.Inserted).hasSize(1);
            assertThat(stored).filteredOn(s -> s instanceof Stored.AlreadyPresent).hasSize(deliveries - 1);
            assertThat(stored).extracting(Stored::eventId).containsOnly(stored.getFirst().eventId());
            assertThat(storedCount(new DedupKey("message:4021:50"))).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_claim_hands_out_a_pending_event_once_as_its_first_attempt() {
        EventId id = store("message:1:1", 1, 0);

        List<ClaimedEvent> first = inbox.claim(10, LEASE);
        List<ClaimedEvent> second = inbox.claim(10, LEASE);

        assertThat(first).singleElement().satisfies(claimed -> {
            assertThat(claimed.lease().eventId()).isEqualTo(id);
            assertThat(claimed.attempt()).isEqualTo(1);
            assertThat(claimed.ticketId()).isEqualTo(new TicketId(1));
            assertThat(claimed.payload()).isEqualTo("{\"ticket\":{\"id\":1}}");
        });
        assertThat(second).isEmpty();
        assertThat(record(id)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(EventStatus.PROCESSING));
    }

    @Test
    void one_ticket_gives_out_one_event_at_a_time_in_arrival_order() {
        EventId a1 = store("message:1:1", 1, 0);
        EventId b1 = store("message:2:1", 2, 1);
        EventId a2 = store("message:1:2", 1, 2);

        List<ClaimedEvent> firstRound = inbox.claim(10, LEASE);
        assertThat(ids(firstRound)).containsExactlyInAnyOrder(a1, b1);
        assertThat(inbox.claim(10, LEASE)).as("a2 waits while a1 is held").isEmpty();

        ClaimedEvent heldA1 = firstRound.stream().filter(c -> c.lease().eventId().equals(a1)).findFirst().orElseThrow();
        assertThat(inbox.finish(heldA1.lease(), Ending.DONE, "posted", List.of())).isInstanceOf(Written.class);

        assertThat(ids(inbox.claim(10, LEASE))).containsExactly(a2);
    }

    @Test
    void a_finished_event_keeps_its_ending_summary_and_stages_and_is_not_claimed_again() {
        EventId id = store("message:1:1", 1, 0);
        ClaimedEvent claimed = inbox.claim(1, LEASE).getFirst();
        var stages = List.of(StageOutcome.succeeded(Stage.TRIAGE, "new customer message"),
                StageOutcome.skipped(Stage.ORDERS, "no orders"));

        LeaseWrite finished = inbox.finish(claimed.lease(), Ending.SKIPPED, "nothing to say", stages);

        assertThat(finished).isInstanceOf(Written.class);
        assertThat(inbox.claim(10, LEASE)).isEmpty();
        assertThat(record(id)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(EventStatus.SKIPPED);
            assertThat(r.summary()).contains("nothing to say");
            assertThat(r.stages()).containsExactlyElementsOf(stages);
            assertThat(r.attempts()).isEqualTo(1);
        });
    }

    @Test
    void outside_text_in_stage_details_and_errors_is_stored_without_nul_and_control_characters() {
        EventId id = store("message:1:1", 1, 0);
        ClaimedEvent first = inbox.claim(1, LEASE).getFirst();
        inbox.retryLater(first.lease(), Duration.ZERO, "note: gorgias answered 400: bad \u0000 byte\r\n",
                List.of(StageOutcome.succeeded(Stage.READ, "ticket 91234567\u0000\u0007, message 310000002"),
                        StageOutcome.failed(Stage.NOTE, "gorgias answered 400:\tline one\nline two\u001b[31m")));
        ClaimedEvent second = inbox.claim(1, LEASE).getFirst();
        inbox.finish(second.lease(), Ending.DEAD, "note: gorgias answered 401\u0000", List.of());

        assertThat(record(id)).hasValueSatisfying(r -> {
            assertThat(r.stages()).extracting(StageOutcome::detail).containsExactly(
                    "ticket 91234567, message 310000002", "gorgias answered 400:\tline one\nline two[31m");
            assertThat(r.summary()).contains("note: gorgias answered 401");
        });
    }

    @Test
    void a_retry_due_now_is_claimed_again_as_the_next_attempt() {
        EventId id = store("message:1:1", 1, 0);
        ClaimedEvent first = inbox.claim(1, LEASE).getFirst();

        assertThat(inbox.retryLater(first.lease(), Duration.ZERO, "gorgias: 503",
                List.of(StageOutcome.failed(Stage.NOTE, "gorgias: 503")))).isInstanceOf(Written.class);
        List<ClaimedEvent> again = inbox.claim(1, LEASE);

        assertThat(again).singleElement().satisfies(c -> {
            assertThat(c.lease().eventId()).isEqualTo(id);
            assertThat(c.attempt()).isEqualTo(2);
            assertThat(c.lease().token()).isNotEqualTo(first.lease().token());
        });
    }

    @Test
    void a_retry_in_the_future_waits_and_holds_back_the_ticket_s_later_events() {
        EventId first = store("message:1:1", 1, 0);
        store("message:1:2", 1, 1);
        ClaimedEvent claimed = inbox.claim(1, LEASE).getFirst();
        assertThat(claimed.lease().eventId()).isEqualTo(first);

        inbox.retryLater(claimed.lease(), Duration.ofHours(1), "shopify: throttled", List.of());

        assertThat(inbox.claim(10, LEASE)).isEmpty();
        assertThat(record(first)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(EventStatus.RETRY);
            assertThat(r.summary()).contains("shopify: throttled");
        });
    }

    @Test
    void an_expired_lease_is_reclaimed_and_the_stale_worker_can_no_longer_write() throws InterruptedException {
        EventId id = store("message:1:1", 1, 0);
        ClaimedEvent stale = inbox.claim(1, Duration.ofMillis(300)).getFirst();
        Thread.sleep(600);

        List<ClaimedEvent> takenOver = inbox.claim(1, LEASE);

        assertThat(takenOver).singleElement().satisfies(c -> {
            assertThat(c.lease().eventId()).isEqualTo(id);
            assertThat(c.attempt()).isEqualTo(2);
        });
        assertThat(inbox.renew(stale.lease(), LEASE)).isInstanceOf(LeaseLost.class);
        assertThat(inbox.finish(stale.lease(), Ending.DONE, "stale", List.of())).isInstanceOf(LeaseLost.class);
        assertThat(inbox.retryLater(stale.lease(), Duration.ZERO, "stale", List.of())).isInstanceOf(LeaseLost.class);
        assertThat(inbox.release(stale.lease())).isInstanceOf(LeaseLost.class);
        assertThat(inbox.finish(takenOver.getFirst().lease(), Ending.DONE, "fresh", List.of())).isInstanceOf(Written.class);
        assertThat(record(id)).hasValueSatisfying(r -> assertThat(r.summary()).contains("fresh"));
    }

    @Test
    void a_renewed_lease_is_not_taken_over() throws InterruptedException {
        store("message:1:1", 1, 0);
        ClaimedEvent held = inbox.claim(1, Duration.ofMillis(300)).getFirst();

        assertThat(inbox.renew(held.lease(), LEASE)).isInstanceOf(Written.class);
        Thread.sleep(600);

        assertThat(inbox.claim(1, LEASE)).isEmpty();
    }

    @Test
    void a_released_event_is_due_again_without_counting_the_attempt() {
        store("message:1:1", 1, 0);
        ClaimedEvent held = inbox.claim(1, LEASE).getFirst();

        assertThat(inbox.release(held.lease())).isInstanceOf(Written.class);

        assertThat(inbox.claim(1, LEASE)).singleElement().satisfies(c -> assertThat(c.attempt()).isEqualTo(1));
    }

    @Test
    void a_dead_event_is_replayed_by_id_continuing_its_attempt_numbers_with_a_fresh_retry_run() {
        EventId id = store("message:1:1", 1, 0);
        ClaimedEvent first = inbox.claim(1, LEASE).getFirst();
        inbox.retryLater(first.lease(), Duration.ZERO, "note: 503 Service Unavailable", List.of());
        ClaimedEvent second = inbox.claim(1, LEASE).getFirst();
        inbox.finish(second.lease(), Ending.DEAD, "note: 401 Unauthorized", List.of());

        assertThat(inbox.replay(id)).isEqualTo(Replay.REPLAYED);

        assertThat(inbox.claim(1, LEASE)).singleElement().satisfies(c -> {
            assertThat(c.attempt()).isEqualTo(3);
            assertThat(c.attemptOfRun()).isEqualTo(1);
        });
        assertThat(record(id)).hasValueSatisfying(r -> assertThat(r.attempts()).isEqualTo(3));
    }

    @Test
    void a_replayed_event_retried_counts_its_run_from_the_replay() {
        EventId id = store("message:1:1", 1, 0);
        inbox.finish(inbox.claim(1, LEASE).getFirst().lease(), Ending.DEAD, "note: 401 Unauthorized", List.of());
        inbox.replay(id);
        inbox.retryLater(inbox.claim(1, LEASE).getFirst().lease(), Duration.ZERO, "note: 503", List.of());

        assertThat(inbox.claim(1, LEASE)).singleElement().satisfies(c -> {
            assertThat(c.attempt()).isEqualTo(3);
            assertThat(c.attemptOfRun()).isEqualTo(2);
        });
    }

    @Test
    void a_replayed_event_given_back_at_shutdown_is_claimed_again_as_the_same_attempt() {
        EventId id = store("message:1:1", 1, 0);
        inbox.finish(inbox.claim(1, LEASE).getFirst().lease(), Ending.DEAD, "note: 401 Unauthorized", List.of());
        inbox.replay(id);

        assertThat(inbox.release(inbox.claim(1, LEASE).getFirst().lease())).isInstanceOf(Written.class);

        assertThat(record(id)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(EventStatus.PENDING));
        assertThat(inbox.claim(1, LEASE)).singleElement().satisfies(c -> {
            assertThat(c.attempt()).isEqualTo(2);
            assertThat(c.attemptOfRun()).isEqualTo(1);
        });
    }

    @Test
    void replay_reports_unknown_and_in_flight_events() {
        EventId id = store("message:1:1", 1, 0);
        inbox.claim(1, LEASE);

        assertThat(inbox.replay(id)).isEqualTo(Replay.IN_FLIGHT);
        assertThat(inbox.replay(new EventId(java.util.UUID.randomUUID()))).isEqualTo(Replay.NOT_FOUND);
    }

    @Test
    void dead_events_are_replayed_by_arrival_time_range() {
        EventId early = store("message:1:1", 1, 0);
        EventId inside = store("message:2:1", 2, 60);
        EventId late = store("message:3:1", 3, 120);
        for (ClaimedEvent held : inbox.claim(10, LEASE)) {
            inbox.finish(held.lease(), Ending.DEAD, "gave up", List.of());
        }

        int replayed = inbox.replayDead(RECEIVED.plusSeconds(30), RECEIVED.plusSeconds(90));

        assertThat(replayed).isEqualTo(1);
        List<ClaimedEvent> again = inbox.claim(10, LEASE);
        assertThat(ids(again)).containsExactly(inside);
        assertThat(again.getFirst().attempt()).isEqualTo(2);
        assertThat(again.getFirst().attemptOfRun()).isEqualTo(1);
        assertThat(record(early)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(EventStatus.DEAD));
        assertThat(record(late)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(EventStatus.DEAD));
    }

    @Test
    void stats_count_events_by_status_and_age_the_oldest_due_one() {
        store("message:1:1", 1, 0);
        store("message:2:1", 2, 1);
        ClaimedEvent held = inbox.claim(1, LEASE).getFirst();
        inbox.finish(held.lease(), Ending.DEAD, "gave up", List.of());

        var stats = inbox.stats();

        assertThat(stats.count(EventStatus.DEAD)).isEqualTo(1);
        assertThat(stats.count(EventStatus.PENDING)).isEqualTo(1);
        assertThat(stats.count(EventStatus.DONE)).isZero();
        assertThat(stats.oldestDueWaiting()).hasValueSatisfying(age -> assertThat(age.isNegative()).isFalse());
    }

    @Test
    void a_waiting_worker_wakes_when_an_event_arrives() throws Exception {
        ExecutorService waiter = Executors.newSingleThreadExecutor();
        try {
            inbox.awaitNewEvents(Duration.ofMillis(50)); // establishes a listener where there is one
            Future<?> waiting = waiter.submit(() -> {
                inbox.awaitNewEvents(Duration.ofSeconds(30));
                return null;
            });
            Thread.sleep(200);
            store("message:1:1", 1, 0);

            waiting.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(waiting).isDone();
        } finally {
            waiter.shutdownNow();
        }
    }
}
