package dev.gorgiasbridge.application.replay;

import dev.gorgiasbridge.application.port.in.ReceivedRange;
import dev.gorgiasbridge.application.port.in.ReplayEvents;
import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.application.port.out.EventInbox.Replay;
import dev.gorgiasbridge.domain.webhook.EventId;

/** Replays through the inbox; the note's external id keeps a replay from posting a second note. */
public final class ReplayEventsService implements ReplayEvents {
    private final EventInbox inbox;

    public ReplayEventsService(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public Replay replay(EventId id) {
        return inbox.replay(id);
    }

    @Override
    public int replayDead(ReceivedRange received) {
        return inbox.replayDead(received.from(), received.to());
    }
}
