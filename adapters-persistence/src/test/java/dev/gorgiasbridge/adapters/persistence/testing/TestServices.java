package dev.gorgiasbridge.adapters.persistence.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a real service it needs is not there: locally it is skipped with the reason,
 * in CI ({@code CI=true}) it fails, so a missing PostgreSQL or Redis can never pass silently.
 */
public final class TestServices {
    private TestServices() {
    }

    public static void unavailable(String service, String detail) {
        String message = service + " is not reachable (" + detail + "); run scripts/test, which starts it";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }
}
