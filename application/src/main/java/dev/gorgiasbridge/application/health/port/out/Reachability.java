package dev.gorgiasbridge.application.health.port.out;

import java.time.Duration;

/** Whether an external service answered an authenticated check, for health and readiness reports. */
public sealed interface Reachability {

    record Reachable(Duration latency) implements Reachability {
    }

    /** @param reason what went wrong, safe to show operators (no credentials) */
    record Unreachable(String reason) implements Reachability {
    }

    /**
     * The service answered but refused part of what we need (credentials or permissions, e.g. a missing
     * access scope): not an outage, a degradation someone must fix.
     *
     * @param reason what was refused and what to fix, safe to show operators
     */
    record Refused(String reason) implements Reachability {
    }
}
