package dev.gorgiasbridge.application.processing;

import java.time.Duration;
import java.util.Objects;

/**
 * How a worker runs.
 *
 * @param concurrency   events processed at once by this instance; 0 means this instance only ingests
 * @param lease         how long a claim holds before another worker may take the event over
 * @param pollInterval  the longest wait for new work when no notification arrives
 * @param shutdownGrace how long shutdown waits for in-flight events before giving them back
 */
public record WorkerSettings(int concurrency, Duration lease, Duration pollInterval, Duration shutdownGrace) {
    public WorkerSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (concurrency < 0) {
            throw new IllegalArgumentException("concurrency must not be negative");
        }
        if (lease.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("a lease shorter than 100 ms cannot be renewed in time");
        }
    }

    public static WorkerSettings defaults(int concurrency) {
        return new WorkerSettings(concurrency, Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(20));
    }
}
