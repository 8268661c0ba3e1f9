package dev.gorgiasbridge.application.retention.port.in;

/** Deletes the payloads of events that finished longer ago than the retention period. */
public interface ApplyRetention {

    /** @return how many payloads were deleted by this run */
    int applyRetention();
}
