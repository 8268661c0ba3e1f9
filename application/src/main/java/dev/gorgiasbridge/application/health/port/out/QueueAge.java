package dev.gorgiasbridge.application.health.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the oldest due event (pending, or a retry whose time came) has waited: the one queue figure a
 * health check needs, cheap enough to read on every check (an indexed minimum, never a count).
 */
@FunctionalInterface
public interface QueueAge {

    /** Empty when nothing is due. */
    Optional<Duration> oldestDueWaiting();
}
