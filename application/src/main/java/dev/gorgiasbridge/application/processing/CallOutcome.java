package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;

/** The metric label of how a call to another service ended. */
final class CallOutcome {
    private CallOutcome() {
    }

    static String of(RuntimeException failure) {
        return switch (failure) {
            case ExternalServiceException.RetryLater later -> "retry_later";
            case ExternalServiceException.Unauthorized unauthorized -> "unauthorized";
            case ExternalServiceException.NotFound notFound -> "not_found";
            case ExternalServiceException.Permanent permanent -> "permanent";
            default -> "error";
        };
    }
}
