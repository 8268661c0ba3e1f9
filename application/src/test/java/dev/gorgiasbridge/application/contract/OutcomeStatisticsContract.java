package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending;
import dev.gorgiasbridge.application.stats.port.out.HourlyCount;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.stats.port.out.OutcomeStatistics;
import dev.gorgiasbridge.application.stats.port.out.PeriodCount;
import dev.gorgiasbridge.application.stats.port.in.WindowCounts;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.enrichment.StageOutcome.Result;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutcomeStatistics} must count; run against the in-memory fake and against PostgreSQL.
 * Events are placed in the window by when they were received, stage outcomes by when they were recorded.
 */
public abstract class OutcomeStatisticsContract {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final StageOutcome ORDERS_FOUND = StageOutcome.succeeded(Stage.ORDERS, "2 order(s) found");
    private static final StageOutcome TEMPLATE = StageOutcome.succeeded(Stage.DRAFT, "drafted by the template drafter");
    private static final StageOutcome AI = StageOutcome.succeeded(Stage.DRAFT, "drafted by the AI drafter");

    private EventInbox inbox;
    private OutcomeStatistics statistics;
    private Instant now;
    private int sequence;

    /** The inbox and statistics of one new, empty store. */
    public record Store(EventInbox inbox, OutcomeStatistics statistics) {
    }

    protected abstract Store freshStore();

    @BeforeEach
    void setUp() {
        Store store = freshStore();
        inbox = store.inbox();
        statistics = store.statistics();
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private EventId received(Instant at) {
        sequence++;
        return inbox.store(new InboxEvent(new DedupKey("stats:" + sequence), "ticket-message-created",
                new TicketId(7000 + sequence), "{}", at)).eventId();
    }

    private Lease claim(EventId id) {
        return inbox.claim(50, LEASE).stream().map(ClaimedEvent::lease).filter(l -> {
            if (l.eventId().equals(id)) {
                return true;
            }
            inbox.release(l);
            return false;
        }).findFirst().orElseThrow();
    }

    private void finish(EventId id, Ending ending, StageOutcome... stages) {
        inbox.finish(claim(id), ending, ending.name().toLowerCase(), List.of(stages));
    }

    private WindowCounts lastDay() {
        return statistics.count(now.minus(Duration.ofHours(24)), now.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_scripted_day_is_counted_exactly() {
        finish(received(now.minusSeconds(600)), Ending.DONE, ORDERS_FOUND, TEMPLATE,
                StageOutcome.succeeded(Stage.NOTE, "posted as message 1"));
        finish(received(now.minusSeconds(500)), Ending.DONE, ORDERS_FOUND, AI,
                StageOutcome.succeeded(Stage.NOTE, "posted as message 2"));
        finish(received(now.minusSeconds(400)), Ending.SKIPPED, StageOutcome.skipped(Stage.TRIAGE, "internal note"));
        EventId retried = received(now.minusSeconds(300));
        inbox.retryLater(claim(retried), Duration.ofHours(1), "Shopify timed out",
                List.of(StageOutcome.failed(Stage.ORDERS, "Shopify timed out")));
        finish(received(now.minusSeconds(200)), Ending.DEAD, StageOutcome.degraded(Stage.ORDERS, "Shopify refused"),
                TEMPLATE, StageOutcome.failed(Stage.NOTE, "Gorgias answered 403"));
        received(now.minusSeconds(100));
        received(now.minus(Duration.ofDays(3)));

        WindowCounts counts = lastDay();

        assertThat(counts.eventsByStatus()).isEqualTo(Map.of(EventStatus.DONE, 2L, EventStatus.SKIPPED, 1L,
                EventStatus.RETRY, 1L, EventStatus.DEAD, 1L, EventStatus.PENDING, 1L));
        assertThat(counts.received()).isEqualTo(6);
        assertThat(counts.orderLookups()).isEqualTo(Map.of(Result.SUCCEEDED, 2L, Result.FAILED, 1L, Result.DEGRADED, 1L));
        assertThat(counts.aiDrafts()).isEqualTo(1);
        // The dead event drafted too, but its note never reached the ticket: drafts count per note.
        assertThat(counts.templateDrafts()).isEqualTo(1);
        assertThat(counts.notes()).isEqualTo(Map.of(Result.SUCCEEDED, 2L, Result.FAILED, 1L));
        assertThat(counts.eventsPostedTwice()).isZero();
        assertThat(counts.ticketsWithRepeatedNotes()).isZero();
    }

    @Test
    void a_template_draft_standing_in_for_a_refused_ai_draft_counts_against_the_ai() {
        finish(received(now.minusSeconds(300)), Ending.DONE, ORDERS_FOUND,
                StageOutcome.degraded(Stage.DRAFT, "drafted by the template drafter (AI fallback: tracking number not in the facts)"),
                StageOutcome.succeeded(Stage.NOTE, "posted as message 7"));
        finish(received(now.minusSeconds(200)), Ending.DONE, ORDERS_FOUND, AI,
                StageOutcome.succeeded(Stage.NOTE, "posted as message 8"));

        WindowCounts counts = lastDay();

        assertThat(counts.aiDrafts()).isEqualTo(1);
        assertThat(counts.templateDrafts()).isEqualTo(1);
        assertThat(counts.aiFallbacks()).isEqualTo(Map.of("tracking number not in the facts", 1L));
    }

    @Test
    void a_draft_counts_once_per_note_however_many_attempts_drafted_it() {
        EventId retried = received(now.minusSeconds(300));
        inbox.retryLater(claim(retried), Duration.ZERO, "Gorgias answered 503", List.of(ORDERS_FOUND, AI,
                StageOutcome.failed(Stage.NOTE, "Gorgias answered 503")));
        finish(retried, Ending.DONE, ORDERS_FOUND,
                StageOutcome.degraded(Stage.DRAFT, "drafted by the template drafter (AI fallback: AI service timed out)"),
                StageOutcome.succeeded(Stage.NOTE, "posted as message 9"));
        EventId replayed = received(now.minusSeconds(200));
        finish(replayed, Ending.DONE, ORDERS_FOUND, AI, StageOutcome.succeeded(Stage.NOTE, "posted as message 10"));
        inbox.replay(replayed);
        finish(replayed, Ending.DONE, ORDERS_FOUND, AI, StageOutcome.succeeded(Stage.NOTE, "already on the ticket"));

        WindowCounts counts = lastDay();

        assertThat(counts.aiDrafts()).isEqualTo(1);
        assertThat(counts.templateDrafts()).isEqualTo(1);
        assertThat(counts.aiFallbacks()).isEqualTo(Map.of("AI service timed out", 1L));
    }

    @Test
    void the_reasons_the_template_stood_in_for_the_ai_are_counted_over_the_window() {
        for (String reason : List.of("status not supported by the facts", "status not supported by the facts",
                "AI service timed out")) {
            finish(received(now.minusSeconds(300)), Ending.DONE, ORDERS_FOUND,
                    StageOutcome.degraded(Stage.DRAFT, "drafted by the template drafter (AI fallback: " + reason + ")"),
                    StageOutcome.succeeded(Stage.NOTE, "posted"));
        }
        finish(received(now.minusSeconds(200)), Ending.DONE, ORDERS_FOUND, TEMPLATE, StageOutcome.succeeded(Stage.NOTE, "posted"));

        assertThat(lastDay().aiFallbacks()).isEqualTo(Map.of("status not supported by the facts", 2L, "AI service timed out", 1L));
    }

    @Test
    void a_note_posted_twice_for_one_event_counts_as_duplicate_processing_but_a_replay_that_finds_it_does_not() {
        EventId twice = received(now.minusSeconds(60));
        finish(twice, Ending.DONE, StageOutcome.succeeded(Stage.NOTE, "posted as message 1"));
        inbox.replay(twice);
        finish(twice, Ending.DONE, StageOutcome.succeeded(Stage.NOTE, "posted as message 2"));
        EventId replayed = received(now.minusSeconds(50));
        finish(replayed, Ending.DONE, StageOutcome.succeeded(Stage.NOTE, "posted as message 3"));
        inbox.replay(replayed);
        finish(replayed, Ending.DONE, StageOutcome.succeeded(Stage.NOTE, "already on the ticket"));

        WindowCounts counts = lastDay();

        assertThat(counts.eventsPostedTwice()).isEqualTo(1);
        assertThat(counts.notes()).isEqualTo(Map.of(Result.SUCCEEDED, 4L));
    }

    @Test
    void a_replay_skipped_as_already_told_is_no_duplicate_and_no_failed_note() {
        EventId dead = received(now.minusSeconds(60));
        finish(dead, Ending.DEAD, TEMPLATE, StageOutcome.failed(Stage.NOTE, "gorgias: 401 Unauthorized"));
        finish(received(now.minusSeconds(50)), Ending.DONE, TEMPLATE, StageOutcome.succeeded(Stage.NOTE, "posted as message 7"));
        inbox.replay(dead);
        finish(dead, Ending.SKIPPED, TEMPLATE, StageOutcome.skipped(Stage.NOTE,
                "already told: Gorgias confirmed a note with the same content on this ticket"));

        WindowCounts counts = lastDay();

        assertThat(counts.eventsPostedTwice()).isZero();
        assertThat(counts.ticketsWithRepeatedNotes()).isZero();
        assertThat(counts.notes()).isEqualTo(Map.of(Result.SUCCEEDED, 1L, Result.FAILED, 1L, Result.SKIPPED, 1L));
        assertThat(counts.eventsByStatus()).isEqualTo(Map.of(EventStatus.DONE, 1L, EventStatus.SKIPPED, 1L));
    }

    @Test
    void a_shopify_lookup_counts_once_per_event_by_whether_the_event_got_its_orders_in_the_end() {
        EventId failedThenFound = received(now.minusSeconds(900));
        inbox.retryLater(claim(failedThenFound), Duration.ZERO, "Shopify timed out",
                List.of(StageOutcome.failed(Stage.ORDERS, "Shopify timed out")));
        inbox.retryLater(claim(failedThenFound), Duration.ZERO, "Shopify answered 502",
                List.of(StageOutcome.failed(Stage.ORDERS, "Shopify answered 502")));
        finish(failedThenFound, Ending.DONE, ORDERS_FOUND, TEMPLATE, StageOutcome.succeeded(Stage.NOTE, "posted as message 9"));
        EventId stillFailing = received(now.minusSeconds(800));
        inbox.retryLater(claim(stillFailing), Duration.ZERO, "Shopify timed out",
                List.of(StageOutcome.failed(Stage.ORDERS, "Shopify timed out")));
        inbox.retryLater(claim(stillFailing), Duration.ofHours(1), "Shopify timed out",
                List.of(StageOutcome.failed(Stage.ORDERS, "Shopify timed out")));
        finish(received(now.minusSeconds(700)), Ending.DONE, StageOutcome.skipped(Stage.ORDERS, "no email to search by"));

        WindowCounts counts = lastDay();

        assertThat(counts.orderLookups()).isEqualTo(Map.of(Result.SUCCEEDED, 1L, Result.FAILED, 1L, Result.SKIPPED, 1L));
    }

    @Test
    void events_are_counted_per_period_of_arrival_and_status() {
        Instant day = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3));
        received(day.plus(Duration.ofHours(1)));
        finish(received(day.plus(Duration.ofHours(23))), Ending.DONE);
        received(day.plus(Duration.ofDays(1)).plusSeconds(5));
        Instant fiveMinutes = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        received(fiveMinutes.plusSeconds(299));

        List<PeriodCount> days = statistics.perPeriod(now.minus(Duration.ofDays(5)), now.plusSeconds(60), Duration.ofDays(1));
        List<PeriodCount> minutes = statistics.perPeriod(fiveMinutes, fiveMinutes.plus(Duration.ofMinutes(10)),
                Duration.ofMinutes(5));

        assertThat(days).contains(new PeriodCount(day, EventStatus.PENDING, 1), new PeriodCount(day, EventStatus.DONE, 1),
                new PeriodCount(day.plus(Duration.ofDays(1)), EventStatus.PENDING, 1));
        assertThat(minutes).containsExactly(new PeriodCount(fiveMinutes, EventStatus.PENDING, 1));
    }

    @Test
    void events_are_counted_per_hour_of_arrival_and_status() {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));
        received(hour.plusSeconds(10));
        received(hour.plusSeconds(20));
        finish(received(hour.plus(Duration.ofHours(1))), Ending.DONE);
        received(now.minus(Duration.ofDays(3)));

        List<HourlyCount> hours = statistics.perHour(now.minus(Duration.ofHours(48)), now.plusSeconds(60));

        assertThat(hours).containsExactlyInAnyOrder(new HourlyCount(hour, EventStatus.PENDING, 2),
                new HourlyCount(hour.plus(Duration.ofHours(1)), EventStatus.DONE, 1));
    }

    @Test
    void an_empty_store_counts_nothing() {
        WindowCounts counts = lastDay();

        assertThat(counts.received()).isZero();
        assertThat(counts.orderLookups()).isEmpty();
        assertThat(counts.notes()).isEmpty();
        assertThat(statistics.perHour(now.minus(Duration.ofHours(48)), now)).isEmpty();
    }
}
