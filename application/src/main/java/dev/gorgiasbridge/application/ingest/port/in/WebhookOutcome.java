package dev.gorgiasbridge.application.ingest.port.in;

/** Every way a delivery can end. */
public enum WebhookOutcome {
    ACCEPTED, DUPLICATE,
    /** Refused with 401: no valid token or signature. */
    UNAUTHORIZED,
    /** Refused with 429 because its client failed authentication too often: a forged or misconfigured sender. */
    UNAUTHORIZED_RATE_LIMITED,
    /** Refused with 413 before authentication: the body is over the limit. */
    TOO_LARGE,
    /** Authenticated, refused with 429: the secret's rate limit. */
    RATE_LIMITED,
    /** Authenticated, refused with 400: unknown event or unreadable payload. */
    INVALID,
    /** Authenticated, answered 503: the event could not be stored. */
    STORAGE_FAILED,
    /** Refused with 408: the body did not arrive within the read timeout (checked or not). */
    TIMED_OUT,
    /** Refused with 503 before reading: too many unverified bodies were being read at once. */
    OVERLOADED;

    /** Whether the delivery passed authentication; a refusal before it was checked (413, 408, 503 unread) did not. */
    public boolean authenticated() {
        return switch (this) {
            case ACCEPTED, DUPLICATE, RATE_LIMITED, INVALID, STORAGE_FAILED -> true;
            case UNAUTHORIZED, UNAUTHORIZED_RATE_LIMITED, TOO_LARGE, TIMED_OUT, OVERLOADED -> false;
        };
    }

    /** Whether the sender was told no (any answer but 202 accepted or 200 duplicate). */
    public boolean refused() {
        return this != ACCEPTED && this != DUPLICATE;
    }
}
