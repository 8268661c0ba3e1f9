package dev.gorgiasbridge.domain.enrichment;

import java.util.Objects;

/**
 * What happened at one stage of one attempt, for operators and for the success criteria.
 *
 * @param detail a short human-readable explanation (never a secret)
 */
public record StageOutcome(Stage stage, Result result, String detail) {
    public StageOutcome {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
    }

    public enum Result {
        /** The stage did its work. */
        SUCCEEDED,
        /** The stage decided there was nothing to do. */
        SKIPPED,
        /** The stage worked around a problem (e.g. template draft instead of AI, cache bypassed). */
        DEGRADED,
        /** The stage failed; the attempt ends here. */
        FAILED
    }

    public static StageOutcome succeeded(Stage stage, String detail) {
        return new StageOutcome(stage, Result.SUCCEEDED, detail);
    }

    public static StageOutcome skipped(Stage stage, String detail) {
        return new StageOutcome(stage, Result.SKIPPED, detail);
    }

    public static StageOutcome degraded(Stage stage, String detail) {
        return new StageOutcome(stage, Result.DEGRADED, detail);
    }

    public static StageOutcome failed(Stage stage, String detail) {
        return new StageOutcome(stage, Result.FAILED, detail);
    }
}
