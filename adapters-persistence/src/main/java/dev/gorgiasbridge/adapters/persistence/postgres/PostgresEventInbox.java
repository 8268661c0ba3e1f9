package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite;
import dev.gorgiasbridge.application.stats.port.in.QueueStats;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.text.StorableText;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The inbox and work queue in the {@code webhook_events} table. The unique dedup key makes concurrent
 * deliveries of one event collapse into one row (written in groups, see {@link GroupCommit}); every write after a claim is fenced by the lease token
 * (see {@link EventQueueSql}). Stage outcomes go to {@code event_outcomes} in the same transaction as the
 * state change they explain, written for several workers at once (see {@link AttemptEndings}).
 */
public final class PostgresEventInbox implements EventInbox {
    private final Jdbi jdbi;
    private final EventNotifications notifications;
    private final GroupCommit writes;
    private final AttemptEndings endings;

    PostgresEventInbox(Jdbi jdbi, EventNotifications notifications, GroupCommit writes, AttemptEndings endings) {
        this.jdbi = jdbi;
        this.notifications = notifications;
        this.writes = writes;
        this.endings = endings;
    }

    @Override
    public Stored store(InboxEvent event) {
        return writes.store(event);
    }

    @Override
    public List<ClaimedEvent> claim(int max, Duration lease) {
        return jdbi.withHandle(handle -> handle.createQuery(EventQueueSql.CLAIM)
                .bind("max", max)
                .bind("leaseSeconds", seconds(lease))
                .map((rs, ctx) -> new ClaimedEvent(
                        new Lease(new EventId(rs.getObject("id", UUID.class)), rs.getObject("lease_owner", UUID.class)),
                        new TicketId(rs.getLong("ticket_id")),
                        rs.getString("event_type"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getInt("attempt_of_run"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public LeaseWrite renew(Lease lease, Duration extension) {
        return LeaseWrite.ofRows(jdbi.withHandle(handle -> handle.createUpdate(EventQueueSql.RENEW)
                .bind("id", lease.eventId().value())
                .bind("token", lease.token())
                .bind("leaseSeconds", seconds(extension))
                .execute()));
    }

    @Override
    public LeaseWrite finish(Lease lease, Ending ending, String summary, List<StageOutcome> stages) {
        return endings.end(new AttemptEndings.Ending(lease, ending.name().toLowerCase(Locale.ROOT), summary, Duration.ZERO, stages))
                ? new LeaseWrite.Written() : new LeaseWrite.LeaseLost();
    }

    @Override
    public LeaseWrite retryLater(Lease lease, Duration delay, String error, List<StageOutcome> stages) {
        return endings.end(new AttemptEndings.Ending(lease, "retry", error, delay, stages))
                ? new LeaseWrite.Written() : new LeaseWrite.LeaseLost();
    }

    @Override
    public LeaseWrite release(Lease lease) {
        return LeaseWrite.ofRows(jdbi.withHandle(handle -> handle.createUpdate(EventQueueSql.RELEASE)
                .bind("id", lease.eventId().value())
                .bind("token", lease.token())
                .execute()));
    }

    @Override
    public Replay replay(EventId id) {
        return jdbi.inTransaction(handle -> {
            Optional<Boolean> purged = handle.createQuery("SELECT payload IS NULL FROM webhook_events WHERE id = :id")
                    .bind("id", id.value()).mapTo(Boolean.class).findOne();
            if (purged.isEmpty()) {
                return Replay.NOT_FOUND;
            }
            if (purged.get()) {
                return Replay.PAYLOAD_PURGED;
            }
            return handle.createUpdate(EventQueueSql.REPLAY).bind("id", id.value()).execute() == 1
                    ? Replay.REPLAYED : Replay.IN_FLIGHT;
        });
    }

    @Override
    public int replayDead(Instant from, Instant to) {
        return jdbi.withHandle(handle -> handle.createUpdate(EventQueueSql.REPLAY_DEAD)
                .bind("from", from)
                .bind("to", to)
                .execute());
    }

    @Override
    public QueueStats stats() {
        // Counted from the rollup (V8), not the inbox: this runs for every health check and metrics scrape.
        jdbi.useHandle(EventCountRollup::fold);
        return jdbi.withHandle(handle -> {
            Map<EventStatus, Long> counts = EventCountRollup.totals(handle);
            Optional<Double> oldest = handle.createQuery("""
                            SELECT extract(epoch FROM now() - min(next_attempt_at))
                            FROM webhook_events WHERE status IN ('pending', 'retry') AND next_attempt_at <= now()
                            """)
                    .mapTo(Double.class)
                    .findOne();
            return new QueueStats(counts, oldest.map(seconds -> Duration.ofMillis(Math.round(seconds * 1000))));
        });
    }

    @Override
    public void awaitNewEvents(Duration timeout) throws InterruptedException {
        notifications.await(timeout);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
