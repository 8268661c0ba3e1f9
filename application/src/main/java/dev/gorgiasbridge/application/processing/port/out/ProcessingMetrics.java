package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import java.time.Duration;

/** Counts what processing does: stage outcomes, how events end, cache hits, calls to other services. */
public interface ProcessingMetrics {

    void stage(StageOutcome outcome);

    void attemptEnded(AttemptEnding ending);

    void cacheLookup(CacheLookup result);

    /** A call to another service ended, answered or with the failure's kind. */
    void externalCall(ExternalCall call, CallOutcome outcome, Duration latency);

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
            public void cacheLookup(CacheLookup result) {
            }

            @Override
            public void externalCall(ExternalCall call, CallOutcome outcome, Duration latency) {
            }
        };
    }
}
