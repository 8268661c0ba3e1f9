package dev.gorgiasbridge.application.stats.port.out;

import dev.gorgiasbridge.application.stats.port.in.QueueStats;

/** How full the inbox is right now (its counting role). */
public interface QueueCounts {

    /** Counts by status and the age of the oldest due event, for health and metrics. */
    QueueStats stats();
}
