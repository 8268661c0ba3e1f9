package dev.gorgiasbridge.application.operations;

import dev.gorgiasbridge.application.operations.port.in.ReceivedRange;
import dev.gorgiasbridge.application.operations.port.in.ReplayEvents;
import dev.gorgiasbridge.application.operations.port.out.Replays;
import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.domain.webhook.EventId;

/** Replays through the inbox; the note's external id keeps a replay from posting a second note. */
public final class ReplayEventsService implements ReplayEvents {
    private final Replays inbox;

    public ReplayEventsService(Replays inbox) {
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
