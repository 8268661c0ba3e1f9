package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import java.time.Duration;

/** Counts what processing does: stage outcomes, how events end, cache hits, calls to other services. */
public interface ProcessingMetrics {

    void stage(StageOutcome outcome);

    void attemptEnded(AttemptEnding ending);

    void cacheLookup(boolean hit);

    /**
     * A call to another service ended.
     *
     * @param service {@code shopify}, {@code gorgias}, {@code ai}
     * @param outcome {@code ok} or the failure's kind, e.g. {@code retry_later}, {@code unauthorized}
     */
    void externalCall(String service, String operation, String outcome, Duration latency);

    /**
     * Another service refused a call for good: credentials or permissions an operator must fix.
     *
     * @param service {@code shopify} or {@code gorgias}
     * @param reason  a short fixed label, e.g. {@code missing_scope}, {@code credentials_refused}
     */
    default void refused(String service, String reason) {
    }

    /** Metrics that go nowhere, for tests and tools that do not publish any. */
    static ProcessingMetrics none() {
        return new ProcessingMetrics() {
            @Override
            public void stage(StageOutcome outcome) {
            }

            @Override
            public void attemptEnded(AttemptEnding ending) {
            }

            @Override
            public void cacheLookup(boolean hit) {
            }

            @Override
            public void externalCall(String service, String operation, String outcome, Duration latency) {
            }
        };
    }
}
