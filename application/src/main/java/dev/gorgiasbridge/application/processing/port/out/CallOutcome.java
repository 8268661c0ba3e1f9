package dev.gorgiasbridge.application.processing.port.out;

import java.util.Locale;

/** How a call to another service ended: answered, or the kind of its failure. */
public enum CallOutcome {
    OK, RETRY_LATER, UNAUTHORIZED, NOT_FOUND, PERMANENT, ERROR;

    /** The kind of a failed call; {@link #ERROR} for anything that is not an {@link ExternalServiceException}. */
    public static CallOutcome of(RuntimeException failure) {
        return switch (failure) {
            case ExternalServiceException.RetryLater later -> RETRY_LATER;
            case ExternalServiceException.Unauthorized unauthorized -> UNAUTHORIZED;
            case ExternalServiceException.NotFound notFound -> NOT_FOUND;
            case ExternalServiceException.Permanent permanent -> PERMANENT;
            default -> ERROR;
        };
    }

    /** The metric label, e.g. {@code ok}, {@code retry_later}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
