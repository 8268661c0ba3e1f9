package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.domain.webhook.EventId;

/** Sends stored events through processing again: one by id, or every dead one received in a time range. */
public interface ReplayEvents {

    Replay replay(EventId id);

    /** @return how many dead events received in the range were made due again */
    int replayDead(ReceivedRange received);
}
