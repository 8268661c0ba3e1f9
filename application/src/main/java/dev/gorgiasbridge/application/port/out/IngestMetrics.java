package dev.gorgiasbridge.application.port.out;

import java.time.Duration;

/** Counts webhook deliveries by what became of them, and how long answering took. */
public interface IngestMetrics {

    void webhook(WebhookOutcome outcome, Duration latency);

    /** Every way a delivery can end. */
    enum WebhookOutcome { ACCEPTED, DUPLICATE, UNAUTHORIZED, TOO_LARGE, RATE_LIMITED, INVALID, STORAGE_FAILED, TIMED_OUT, OVERLOADED }

    /** Metrics that go nowhere, for tests and tools that do not publish any. */
    static IngestMetrics none() {
        return (outcome, latency) -> { };
    }
}
