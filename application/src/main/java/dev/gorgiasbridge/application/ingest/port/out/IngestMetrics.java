package dev.gorgiasbridge.application.ingest.port.out;

import java.time.Duration;

/** Counts webhook deliveries by what became of them, and how long answering took. */
public interface IngestMetrics {

    void webhook(WebhookOutcome outcome, Duration latency);

    /** Every way a delivery can end. */
    enum WebhookOutcome {
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
