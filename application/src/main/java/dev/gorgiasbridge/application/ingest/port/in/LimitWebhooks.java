package dev.gorgiasbridge.application.ingest.port.in;

import java.time.Duration;

/**
 * The webhook's two rate limits (README.md, "The webhook"): a generous bucket per secret for authenticated
 * deliveries, a small one per client address for deliveries that failed authentication.
 */
public interface LimitWebhooks {

    /** Draws from the bucket of the secret that authenticated the delivery. */
    Admission authenticated(String principal);

    /** Draws from the bucket of the address whose delivery failed (or stalled before) authentication. */
    Admission failedAuthentication(String clientAddress);

    /** Whether a delivery may go on, or when its sender may try again. */
    sealed interface Admission {
        record Admitted() implements Admission {
        }

        record Limited(Duration retryAfter) implements Admission {
        }
    }
}
