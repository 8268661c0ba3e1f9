package dev.gorgiasbridge.adapters.shopify;

import java.time.Duration;

/** Why one attempt failed in a way worth another attempt; never leaves the adapter (see {@link ShopifyGraphql}). */
abstract sealed class AttemptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AttemptFailure(String message, Throwable cause) {
        // No stack trace: these are expected answers, not bugs, and are turned into typed failures.
        super(message, cause, false, false);
    }

    /** 5xx, a timeout or a broken connection: retried with exponential backoff. */
    static final class Transient extends AttemptFailure {
        private static final long serialVersionUID = 1L;

        Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Shopify's bucket is empty (HTTP 200 {@code THROTTLED} or 429): retried after {@code wait}. */
    static final class Throttled extends AttemptFailure {
        private static final long serialVersionUID = 1L;
        private final transient Duration wait;

        Throttled(String message, Duration wait) {
            super(message, null);
            this.wait = wait;
        }

        Duration waitTime() {
            return wait;
        }
    }
}
