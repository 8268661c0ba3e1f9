package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.operations.port.in.EventPage;
import dev.gorgiasbridge.application.operations.port.in.EventQuery;
import dev.gorgiasbridge.application.operations.port.in.EventSummary;
import dev.gorgiasbridge.application.operations.port.out.EventListing;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventListing} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class EventListingContract {
    private static final Instant FIRST = Instant.parse("2026-11-30T08:00:00Z");

    private EventInbox inbox;
    private EventListing listing;

    /** The inbox and listing of one new, empty store. */
    public record Store(EventInbox inbox, EventListing listing) {
    }

    protected abstract Store freshStore();

    @BeforeEach
    void setUp() {
        Store store = freshStore();
        inbox = store.inbox();
        listing = store.listing();
    }

    private EventId store(int n, Instant receivedAt) {
        return inbox.store(new InboxEvent(new DedupKey("listing:" + n), "ticket-message-created", new TicketId(5000 + n),
                "{\"ticket\":{\"id\":" + (5000 + n) + "}}", receivedAt)).eventId();
    }

    @Test
    void events_come_newest_first_a_page_at_a_time_until_the_last_page() {
        List<EventId> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(store(i, FIRST.plusSeconds(i)));
        }
        List<EventId> seen = new ArrayList<>();
        EventPage page = listing.list(EventQuery.newest(2));
        seen.addAll(page.events().stream().map(EventSummary::id).toList());
        while (page.next().isPresent()) {
            page = listing.list(new EventQuery(Optional.empty(), 2, page.next()));
            seen.addAll(page.events().stream().map(EventSummary::id).toList());
        }

        assertThat(seen).containsExactlyElementsOf(stored.reversed());
    }

    @Test
    void events_received_at_the_same_instant_are_neither_lost_nor_repeated_across_pages() {
        List<EventId> stored = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stored.add(store(10 + i, FIRST));
        }
        EventPage first = listing.list(EventQuery.newest(3));
        EventPage second = listing.list(new EventQuery(Optional.empty(), 3, first.next()));

        assertThat(first.events()).hasSize(3);
        assertThat(second.events()).hasSize(1);
        assertThat(second.next()).isEmpty();
        List<EventId> seen = new ArrayList<>(first.events().stream().map(EventSummary::id).toList());
        seen.addAll(second.events().stream().map(EventSummary::id).toList());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void a_status_filter_lists_only_events_in_that_status() {
        store(20, FIRST);
        EventId finished = store(21, FIRST.plusSeconds(1));
        for (ClaimedEvent claimed : inbox.claim(10, Duration.ofMinutes(5))) {
            if (claimed.lease().eventId().equals(finished)) {
                inbox.finish(claimed.lease(), EventInbox.Ending.DEAD, "gave up", List.of());
            } else {
                inbox.release(claimed.lease());
            }
        }

        EventPage dead = listing.list(new EventQuery(Optional.of(EventStatus.DEAD), 10, Optional.empty()));

        assertThat(dead.events()).extracting(EventSummary::id).containsExactly(finished);
        assertThat(dead.events().getFirst().summary()).contains("gave up");
    }

    @Test
    void the_detail_shows_attempts_and_stage_outcomes_but_the_payload_only_when_asked() {
        EventId id = store(30, FIRST);
        var lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.retryLater(lease, Duration.ZERO, "Shopify timed out",
                List.of(StageOutcome.succeeded(Stage.READ, "ticket 5030"), StageOutcome.failed(Stage.ORDERS, "Shopify timed out")));
        lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.finish(lease, EventInbox.Ending.DONE, "note posted", List.of(StageOutcome.succeeded(Stage.NOTE, "posted as message 7")));

        EventDetail without = listing.detail(id, EventDetail.Payload.LEFT_OUT).orElseThrow();
        EventDetail with = listing.detail(id, EventDetail.Payload.INCLUDED).orElseThrow();

        assertThat(without.event().status()).isEqualTo(EventStatus.DONE);
        assertThat(without.event().attempts()).isEqualTo(2);
        assertThat(without.event().summary()).contains("note posted");
        assertThat(without.lastError()).as("a done event carries no error from an earlier attempt").isEmpty();
        assertThat(without.dedupKey()).isEqualTo("listing:30");
        assertThat(without.stages()).extracting(s -> s.attempt() + ":" + s.outcome().stage() + ":" + s.outcome().result())
                .containsExactly("1:READ:SUCCEEDED", "1:ORDERS:FAILED", "2:NOTE:SUCCEEDED");
        assertThat(without.payload()).isEmpty();
        assertThat(with.payload()).contains("{\"ticket\":{\"id\":5030}}");
    }

    @Test
    void the_last_error_is_shown_while_the_event_waits_for_its_retry_and_when_it_is_dead() {
        EventId id = store(31, FIRST);
        var lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.retryLater(lease, Duration.ZERO, "orders: Shopify timed out", List.of());
        EventDetail retrying = listing.detail(id, EventDetail.Payload.LEFT_OUT).orElseThrow();
        lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.finish(lease, EventInbox.Ending.DEAD, "note: 401 Unauthorized", List.of());

        EventDetail dead = listing.detail(id, EventDetail.Payload.LEFT_OUT).orElseThrow();

        assertThat(retrying.lastError()).contains("orders: Shopify timed out");
        assertThat(dead.lastError()).contains("note: 401 Unauthorized");
    }

    @Test
    void a_skipped_event_carries_no_error_from_an_earlier_attempt() {
        EventId id = store(32, FIRST);
        var lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.retryLater(lease, Duration.ZERO, "orders: Shopify timed out", List.of());
        lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.finish(lease, EventInbox.Ending.SKIPPED, "nothing new since the last note", List.of());

        assertThat(listing.detail(id, EventDetail.Payload.LEFT_OUT).orElseThrow().lastError()).isEmpty();
    }

    @Test
    void a_replayed_event_records_its_stages_under_new_attempt_numbers() {
        EventId id = store(33, FIRST);
        var lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.finish(lease, EventInbox.Ending.DEAD, "note: 401 Unauthorized",
                List.of(StageOutcome.failed(Stage.NOTE, "401 Unauthorized")));
        inbox.replay(id);
        lease = inbox.claim(1, Duration.ofMinutes(5)).getFirst().lease();
        inbox.finish(lease, EventInbox.Ending.DONE, "note posted",
                List.of(StageOutcome.succeeded(Stage.NOTE, "posted as message 310000107")));

        EventDetail detail = listing.detail(id, EventDetail.Payload.LEFT_OUT).orElseThrow();

        assertThat(detail.event().attempts()).isEqualTo(2);
        assertThat(detail.lastError()).isEmpty();
        assertThat(detail.stages()).extracting(s -> s.attempt() + ":" + s.outcome().stage() + ":" + s.outcome().result())
                .containsExactly("1:NOTE:FAILED", "2:NOTE:SUCCEEDED");
    }

    @Test
    void an_unknown_event_has_no_detail() {
        assertThat(listing.detail(new EventId(UUID.randomUUID()), EventDetail.Payload.INCLUDED)).isEmpty();
    }
}
