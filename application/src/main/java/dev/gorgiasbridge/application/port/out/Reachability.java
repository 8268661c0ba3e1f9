package dev.gorgiasbridge.application.port.out;

import java.time.Duration;

/** Whether an external service answered an authenticated check, for health and readiness reports. */
public sealed interface Reachability {

    record Reachable(Duration latency) implements Reachability {
    }

    /** @param reason what went wrong, safe to show operators (no credentials) */
    record Unreachable(String reason) implements Reachability {
    }
}
