package dev.gorgiasbridge.application.operations.port.out;

import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Instant;

/** Puts stored events back on the queue for a new run (the inbox's replay role). */
public interface Replays {

    /**
     * Makes one event due again now, whatever its state unless it is being processed or its payload was
     * deleted (there is nothing left to process).
     */
    Replay replay(EventId id);

    /** Makes every dead event received in {@code [from, to)} that still has its payload due again; returns how many. */
    int replayDead(Instant from, Instant to);
}
