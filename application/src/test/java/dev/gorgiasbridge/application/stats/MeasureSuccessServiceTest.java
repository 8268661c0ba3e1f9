package dev.gorgiasbridge.application.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.application.memory.InMemoryDeliveryCounts;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryOutcomeStatistics;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending;
import dev.gorgiasbridge.application.stats.port.in.Share;
import dev.gorgiasbridge.application.stats.port.in.SuccessReport;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureSuccessServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:34:56Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryEventInbox inbox = new InMemoryEventInbox(clock);
    private final InMemoryDeliveryCounts deliveries = new InMemoryDeliveryCounts(clock);
    private final MeasureSuccessService service = new MeasureSuccessService(new InMemoryOutcomeStatistics(inbox),
            deliveries, inbox, clock);

    private void receive(int n, Instant at) {
        inbox.store(new InboxEvent(new DedupKey("k" + n), "ticket-created", new TicketId(n), "{}", at));
    }

    @Test
    void the_last_48_hours_come_hour_by_hour_with_every_status_and_zeros_where_nothing_arrived() {
        receive(1, Instant.parse("2026-11-30T12:10:00Z"));
        receive(2, Instant.parse("2026-11-28T13:59:59Z"));
        receive(3, Instant.parse("2026-11-28T12:59:59Z"));

        SuccessReport report = service.measure(Duration.ofHours(24));

        assertThat(report.hours()).hasSize(48);
        assertThat(report.hours().getFirst().start()).isEqualTo(Instant.parse("2026-11-28T13:00:00Z"));
        assertThat(report.hours().getLast().start()).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(report.hours().getFirst().byStatus()).containsEntry(EventStatus.PENDING, 1L).hasSize(6);
        assertThat(report.hours().getLast().byStatus()).containsEntry(EventStatus.PENDING, 1L);
        assertThat(report.hours().stream().mapToLong(h -> h.byStatus().values().stream().mapToLong(Long::longValue).sum()).sum())
                .as("the event of 48 h ago is outside the chart").isEqualTo(2);
        assertThat(report.from()).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(report.counts().received()).isEqualTo(1);
    }

    @Test
    void shares_are_computed_from_the_counts() {
        receive(1, NOW.minusSeconds(60));
        receive(2, NOW.minusSeconds(50));
        var claimed = inbox.claim(2, Duration.ofMinutes(1));
        inbox.finish(claimed.get(0).lease(), Ending.DONE, "posted", List.of(
                StageOutcome.succeeded(Stage.ORDERS, "1 order"), StageOutcome.succeeded(Stage.DRAFT, "drafted by the AI drafter"),
                StageOutcome.succeeded(Stage.NOTE, "posted as message 1")));
        inbox.finish(claimed.get(1).lease(), Ending.DEAD, "gave up", List.of(StageOutcome.failed(Stage.ORDERS, "401")));
        clock.advance(Duration.ofSeconds(1));

        SuccessReport report = service.measure(Duration.ofHours(1));

        assertThat(report.processing()).isEqualTo(new Share(1, 1));
        assertThat(report.processing().rate()).contains(0.5);
        assertThat(report.shopifyLookups()).isEqualTo(new Share(1, 1));
        assertThat(report.aiDrafts()).isEqualTo(new Share(1, 0));
        assertThat(report.notesPosted()).isEqualTo(new Share(1, 0));
        assertThat(report.duplicates()).isZero();
        assertThat(report.queue().count(EventStatus.DEAD)).isEqualTo(1);
        assertThat(new Share(0, 0).rate()).isEmpty();
    }

    @Test
    void the_window_is_drawn_in_periods_that_suit_its_length_each_with_every_status() {
        receive(1, NOW.minus(Duration.ofMinutes(3)));
        receive(2, NOW.minus(Duration.ofMinutes(61)));
        receive(3, NOW.minus(Duration.ofDays(6)));

        SuccessReport hour = service.measure(Duration.ofHours(1));
        SuccessReport week = service.measure(Duration.ofDays(7));

        assertThat(hour.timeline().period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(hour.timeline().periods()).hasSize(13);
        assertThat(hour.timeline().periods().getFirst().start()).isEqualTo(Instant.parse("2026-11-30T11:30:00Z"));
        assertThat(hour.timeline().periods().getLast().start()).isEqualTo(Instant.parse("2026-11-30T12:30:00Z"));
        assertThat(hour.timeline().periods().getLast().byStatus()).containsEntry(EventStatus.PENDING, 1L).hasSize(6);
        assertThat(hour.timeline().periods().stream().mapToLong(p -> p.byStatus().get(EventStatus.PENDING)).sum())
                .as("the event of 61 minutes ago is outside the window").isEqualTo(1);
        assertThat(week.timeline().period()).isEqualTo(Duration.ofHours(6));
        assertThat(week.timeline().periods().stream().mapToLong(p -> p.byStatus().get(EventStatus.PENDING)).sum()).isEqualTo(3);
        assertThat(service.measure(Duration.ofHours(24)).timeline().period()).isEqualTo(Duration.ofHours(1));
        assertThat(service.measure(Duration.ofDays(30)).timeline().period()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void webhooks_authenticated_counts_every_delivery_received_refused_ones_included() {
        for (int i = 0; i < 95; i++) {
            deliveries.webhook(WebhookOutcome.ACCEPTED, Duration.ZERO);
        }
        for (int i = 0; i < 4; i++) {
            deliveries.webhook(WebhookOutcome.UNAUTHORIZED, Duration.ZERO);
        }
        deliveries.webhook(WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, Duration.ZERO);
        deliveries.webhook(WebhookOutcome.STORAGE_FAILED, Duration.ZERO);
        clock.advance(Duration.ofSeconds(1));

        SuccessReport report = service.measure(Duration.ofHours(1));

        assertThat(report.webhooksAuthenticated()).as("a 503 answer went to an authenticated delivery")
                .isEqualTo(new Share(96, 5));
        assertThat(report.deliveries()).containsEntry(WebhookOutcome.UNAUTHORIZED, 4L)
                .containsEntry(WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, 1L);
        assertThat(service.measure(Duration.ofMinutes(1)).webhooksAuthenticated().rate()).isPresent();
    }

    @Test
    void a_window_outside_one_minute_to_thirty_days_is_refused() {
        assertThatThrownBy(() -> service.measure(Duration.ofSeconds(59))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.measure(Duration.ofDays(31))).isInstanceOf(IllegalArgumentException.class);
    }
}
