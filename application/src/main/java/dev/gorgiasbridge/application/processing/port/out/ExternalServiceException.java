package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.reply.LookupRefusal;
import java.time.Duration;
import java.util.Optional;

/**
 * A call to an external service (Shopify, Gorgias, the AI endpoint) failed. The subtype tells the
 * caller what to do; adapters never let their HTTP or JSON exceptions through. Messages never contain
 * credentials.
 */
public abstract sealed class ExternalServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String service;

    ExternalServiceException(String service, String message, Throwable cause) {
        super(service + ": " + message, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }

    /** Worth trying again: throttling, 5xx, timeouts, an open circuit. {@code after} is the server's hint. */
    public static final class RetryLater extends ExternalServiceException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<Duration> after;

        public RetryLater(String service, String message, Optional<Duration> after, Throwable cause) {
            super(service, message, cause);
            this.after = after;
        }

        public Optional<Duration> after() {
            return after;
        }
    }

    /**
     * Our credentials or permissions were refused (401/403): retrying will not help until configuration
     * changes. A shop's refusal says why, as a {@link LookupRefusal}.
     */
    public static final class Unauthorized extends ExternalServiceException {
        private static final long serialVersionUID = 1L;
        private final transient LookupRefusal refusal;

        public Unauthorized(String service, String message) {
            super(service, message, null);
            this.refusal = null;
        }

        public Unauthorized(String service, LookupRefusal refusal) {
            super(service, refusal.detail(), null);
            this.refusal = refusal;
        }

        /** Why the shop refused, as typed by the adapter; else a credentials refusal with the message. */
        public LookupRefusal refusal() {
            return refusal != null ? refusal : new LookupRefusal.CredentialsRefused(getMessage());
        }
    }

    /** What we asked for does not exist (404). */
    public static final class NotFound extends ExternalServiceException {
        private static final long serialVersionUID = 1L;

        public NotFound(String service, String message) {
            super(service, message, null);
        }
    }

    /** Any other refusal (4xx, malformed answer, query too expensive): retrying the same call will not help. */
    public static final class Permanent extends ExternalServiceException {
        private static final long serialVersionUID = 1L;

        public Permanent(String service, String message, Throwable cause) {
            super(service, message, cause);
        }
    }
}
