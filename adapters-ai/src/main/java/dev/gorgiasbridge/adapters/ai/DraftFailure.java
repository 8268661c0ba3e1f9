package dev.gorgiasbridge.adapters.ai;

import java.time.Duration;
import java.util.Optional;

/**
 * Why the model gave no usable answer; never leaves the adapter, the template drafts instead. The message
 * is for the log and never holds the key.
 */
final class DraftFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FallbackReason reason;
    private final transient Optional<Duration> retryAfter;

    DraftFailure(FallbackReason reason, String message) {
        this(reason, message, Optional.empty(), null);
    }

    DraftFailure(FallbackReason reason, String message, Optional<Duration> retryAfter, Throwable cause) {
        // No stack trace: these are expected answers, not bugs.
        super(message, cause, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    FallbackReason reason() {
        return reason;
    }

    /** For a 429 or 5xx worth another attempt: how long the server asked us to wait, if it said. */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Whether another attempt may get an answer: throttling, 5xx, a refused connection. */
    boolean worthRetrying() {
        return reason == FallbackReason.THROTTLED || reason == FallbackReason.UNAVAILABLE;
    }
}
