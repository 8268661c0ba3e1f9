package dev.gorgiasbridge.application.ingest.port.in;

import java.time.Duration;

/** Counts every webhook delivery by what became of it, with how long answering took. */
public interface CountDeliveries {

    void delivered(WebhookOutcome outcome, Duration latency);

    /** Counts nothing, for tests and tools that publish no metrics. */
    static CountDeliveries none() {
        return (outcome, latency) -> { };
    }
}
