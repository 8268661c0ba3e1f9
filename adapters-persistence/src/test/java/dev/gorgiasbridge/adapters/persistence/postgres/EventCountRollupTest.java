package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.stats.port.out.HourlyCount;
import dev.gorgiasbridge.application.stats.port.out.PeriodCount;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hourly rollup behind /api/stats and the queue gauges agrees with counting the inbox itself, after
 * every kind of change an event goes through: stored (alone and in batches, duplicates included), claimed,
 * finished in each final state, retried, released, replayed, deleted — and whether its changes were folded
 * or not, for windows that start and end inside an hour as well as on the hour; so do the periods of a
 * whole number of hours folded from it for the dashboard's timeline.
 */
class EventCountRollupTest {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("rollup");

    private static final Instant FIRST = Instant.parse("2026-03-01T08:17:23.456Z");

    @Test
    void the_rollup_counts_what_the_inbox_holds_through_every_change_of_state() {
        postgres.truncate("webhook_events");
        EventInbox inbox = postgres.database().eventInbox();
        // 60 events over about ten hours, 12 tickets; every event twice, as Gorgias may redeliver.
        for (int n = 0; n < 60; n++) {
            for (int delivery = 0; delivery < 2; delivery++) {
                inbox.store(event(n));
            }
        }
        assertAgreement("stored");

        List<ClaimedEvent> claimed = inbox.claim(12, Duration.ofMinutes(5));
        assertAgreement("claimed");
        var stages = List.of(StageOutcome.succeeded(Stage.READ, "ticket read"),
                StageOutcome.skipped(Stage.TRIAGE, "an agent's reply"));
        inbox.finish(claimed.get(0).lease(), EventInbox.Ending.DONE, "note is on the ticket", stages);
        inbox.finish(claimed.get(1).lease(), EventInbox.Ending.SKIPPED, "an agent's reply", stages);
        inbox.finish(claimed.get(2).lease(), EventInbox.Ending.DEAD, "gorgias: 404", stages);
        inbox.retryLater(claimed.get(3).lease(), Duration.ofMinutes(1), "gorgias: 503", stages);
        inbox.release(claimed.get(4).lease());
        assertAgreement("finished, retried and released");

        inbox.replay(claimed.get(2).lease().eventId());
        inbox.replay(claimed.get(0).lease().eventId());
        assertAgreement("replayed");

        inbox.stats(); // folds the changes so far
        assertAgreement("folded");

        postgres.database().jdbi().useHandle(h -> h.execute(
                "DELETE FROM webhook_events WHERE ticket_id = ?", claimed.get(5).ticketId().value()));
        List<ClaimedEvent> more = inbox.claim(5, Duration.ofMinutes(5));
        more.forEach(c -> inbox.finish(c.lease(), EventInbox.Ending.SKIPPED, "an agent's reply", stages));
        assertAgreement("deleted and finished after a fold");
    }

    private static InboxEvent event(int n) {
        long ticket = 4000 + n % 12;
        return new InboxEvent(new DedupKey("message:" + ticket + ":" + (310000000 + n)), "ticket-message-created",
                new TicketId(ticket), "{\"ticket\":{\"id\":" + ticket + "}}", FIRST.plus(Duration.ofMinutes(10L * n)));
    }

    private static void assertAgreement(String after) {
        var jdbi = postgres.database().jdbi();
        Map<EventStatus, Long> raw = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT status, count(*) AS n FROM webhook_events GROUP BY status")
                .map((rs, ctx) -> Map.entry(EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getLong("n")))
                .forEach(e -> raw.put(e.getKey(), e.getValue())));
        Map<EventStatus, Long> totals = jdbi.withHandle(EventCountRollup::totals);
        assertThat(totals).as("all events by status, " + after).isEqualTo(raw);

        Instant[][] windows = {
            {FIRST, FIRST.plus(Duration.ofHours(10))},
            {FIRST.minusSeconds(1), FIRST.plus(Duration.ofMinutes(95))},
            {Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T13:00:00Z")},
            {Instant.parse("2026-03-01T10:05:00Z"), Instant.parse("2026-03-01T10:45:00Z")},
            {Instant.parse("2026-03-01T11:59:59Z"), Instant.parse("2026-03-01T12:00:01Z")},
            {Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")},
        };
        for (Instant[] window : windows) {
            Map<String, Long> rawWindow = new HashMap<>();
            jdbi.useHandle(h -> h.createQuery("""
                            SELECT status, count(*) AS n FROM webhook_events
                            WHERE received_at >= :from AND received_at < :to GROUP BY status""")
                    .bind("from", window[0]).bind("to", window[1])
                    .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                    .forEach(e -> rawWindow.put(e.getKey(), e.getValue())));
            Map<String, Long> rolled = jdbi.withHandle(h -> EventCountRollup.window(h, window[0], window[1]));
            assertThat(rolled)
                    .as("events received in [%s, %s) by status, %s", window[0], window[1], after).isEqualTo(rawWindow);

            List<HourlyCount> rawHours = jdbi.withHandle(h -> h.createQuery("""
                            SELECT date_trunc('hour', received_at, 'UTC') AS hour, status, count(*) AS n FROM webhook_events
                            WHERE received_at >= :from AND received_at < :to GROUP BY 1, 2 ORDER BY 1, 2""")
                    .bind("from", window[0]).bind("to", window[1])
                    .map((rs, ctx) -> new HourlyCount(rs.getObject("hour", java.time.OffsetDateTime.class).toInstant(),
                            EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getLong("n")))
                    .list());
            List<HourlyCount> rolledHours = jdbi.withHandle(h -> EventCountRollup.perHour(h, window[0], window[1]));
            assertThat(rolledHours)
                    .as("events per hour in [%s, %s), %s", window[0], window[1], after).isEqualTo(rawHours);

            for (Duration length : List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1))) {
                List<PeriodCount> rawPeriods = jdbi.withHandle(h -> h.createQuery("""
                                SELECT to_timestamp(floor(extract(epoch FROM received_at) / :seconds) * :seconds) AS start,
                                       status, count(*) AS n FROM webhook_events
                                WHERE received_at >= :from AND received_at < :to GROUP BY 1, 2 ORDER BY 1, 2""")
                        .bind("seconds", length.toSeconds()).bind("from", window[0]).bind("to", window[1])
                        .map((rs, ctx) -> new PeriodCount(rs.getObject("start", java.time.OffsetDateTime.class).toInstant(),
                                EventStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getLong("n")))
                        .list());
                assertThat(new PostgresOutcomeStatistics(jdbi).perPeriod(window[0], window[1], length))
                        .as("events per %s in [%s, %s), %s", length, window[0], window[1], after).isEqualTo(rawPeriods);
            }
        }
    }
}
