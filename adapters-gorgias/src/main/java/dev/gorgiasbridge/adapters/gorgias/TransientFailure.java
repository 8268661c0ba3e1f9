package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import java.time.Duration;
import java.util.Optional;

/** A failure worth another try, inside the adapter only: it leaves as RetryLater once tries are spent. */
final class TransientFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is known about whether Gorgias acted on the request. */
    enum Kind {
        /** 429: refused before doing anything. */
        THROTTLED,
        /** No connection was made: the request never reached Gorgias. */
        NOT_SENT,
        /** 5xx or no answer: Gorgias may or may not have acted. */
        UNCERTAIN
    }

    private final Kind kind;
    private final transient Optional<Duration> after;
    private final boolean retryable;

    TransientFailure(Kind kind, String message, Optional<Duration> after, boolean retryable, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.after = after;
        this.retryable = retryable;
    }

    Kind kind() {
        return kind;
    }

    Optional<Duration> after() {
        return after;
    }

    boolean retryable() {
        return retryable;
    }

    /** Whether it says something about Gorgias's health (a 429 is Gorgias working as designed). */
    boolean countsAgainstCircuit() {
        return kind != Kind.THROTTLED;
    }

    RetryLater toRetryLater() {
        return new RetryLater(GorgiasHttp.SERVICE, getMessage(), after, this);
    }
}
