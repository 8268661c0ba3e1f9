package dev.gorgiasbridge.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhook bodies are read.
 *
 * @param maxBytes           the largest body accepted; a larger one is answered 413
 * @param maxUnverifiedBytes the most bytes of bodies read at once before their signature is checked
 *                           (declared lengths, or {@code maxBytes} for a body sent without a length); a
 *                           signed request that does not fit is answered 503 without its body being read
 * @param readTimeout        the longest a body may take to arrive, however it trickles in; then 408
 */
public record WebhookBodies(long maxBytes, long maxUnverifiedBytes, Duration readTimeout) {
    /** The default budget for bodies read before authentication: 16 MiB, sixteen bodies of the default maximum. */
    public static final long DEFAULT_MAX_UNVERIFIED_BYTES = 16L * 1024 * 1024;
    /** The default time a body may take to arrive: Gorgias sends a few kilobytes at once. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    public WebhookBodies {
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
        if (maxUnverifiedBytes < maxBytes) {
            throw new IllegalArgumentException("the unverified budget must hold at least one body of the largest size");
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("the read timeout must be positive");
        }
    }

    /** {@code maxBytes} with the default budget (at least one body) and read timeout. */
    public static WebhookBodies defaults(long maxBytes) {
        return new WebhookBodies(maxBytes, Math.max(maxBytes, DEFAULT_MAX_UNVERIFIED_BYTES), DEFAULT_READ_TIMEOUT);
    }
}
