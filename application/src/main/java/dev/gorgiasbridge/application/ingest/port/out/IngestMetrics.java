package dev.gorgiasbridge.application.ingest.port.out;

import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import java.time.Duration;

/** Counts webhook deliveries by what became of them, and how long answering took. */
public interface IngestMetrics {

    void webhook(WebhookOutcome outcome, Duration latency);

    /** Metrics that go nowhere, for tests and tools that do not publish any. */
    static IngestMetrics none() {
        return (outcome, latency) -> { };
    }

    /** Both, in this order: e.g. the metrics scraped and the counts kept in the database. */
    static IngestMetrics both(IngestMetrics first, IngestMetrics second) {
        return (outcome, latency) -> {
            first.webhook(outcome, latency);
            second.webhook(outcome, latency);
        };
    }
}
