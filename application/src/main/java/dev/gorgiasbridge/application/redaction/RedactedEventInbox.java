package dev.gorgiasbridge.application.redaction;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite;
import dev.gorgiasbridge.application.redaction.port.out.Redaction;
import dev.gorgiasbridge.application.stats.port.in.QueueStats;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An inbox that masks secrets in what an attempt writes down — its summary, its error and every stage
 * detail — before the store keeps it: a Gorgias or Shopify error message that quotes an Authorization
 * header or a URL with a password must not end up in {@code event_outcomes} or {@code last_error}.
 */
public final class RedactedEventInbox implements EventInbox {
    private final EventInbox inbox;
    private final Redaction redaction;

    public RedactedEventInbox(EventInbox inbox, Redaction redaction) {
        this.inbox = inbox;
        this.redaction = redaction;
    }

    @Override
    public Stored store(InboxEvent event) {
        return inbox.store(event);
    }

    @Override
    public List<ClaimedEvent> claim(int max, Duration lease) {
        return inbox.claim(max, lease);
    }

    @Override
    public LeaseWrite renew(Lease lease, Duration extension) {
        return inbox.renew(lease, extension);
    }

    @Override
    public LeaseWrite finish(Lease lease, Ending ending, String summary, List<StageOutcome> stages) {
        return inbox.finish(lease, ending, redaction.redact(summary), redacted(stages));
    }

    @Override
    public LeaseWrite retryLater(Lease lease, Duration delay, String error, List<StageOutcome> stages) {
        return inbox.retryLater(lease, delay, redaction.redact(error), redacted(stages));
    }

    @Override
    public LeaseWrite release(Lease lease) {
        return inbox.release(lease);
    }

    @Override
    public Replay replay(EventId id) {
        return inbox.replay(id);
    }

    @Override
    public int replayDead(Instant from, Instant to) {
        return inbox.replayDead(from, to);
    }

    @Override
    public QueueStats stats() {
        return inbox.stats();
    }

    @Override
    public void awaitNewEvents(Duration timeout) throws InterruptedException {
        inbox.awaitNewEvents(timeout);
    }

    private List<StageOutcome> redacted(List<StageOutcome> stages) {
        return stages.stream().map(s -> new StageOutcome(s.stage(), s.result(), redaction.redact(s.detail()))).toList();
    }
}
