package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.health.port.out.QueueAge;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The age of the oldest due event, read on the health connection: the minimum of the partial index
 * {@code webhook_events_due}, one index entry whatever the size of the inbox.
 */
final class PostgresQueueAge implements QueueAge {
    static final String OLDEST_DUE = """
            SELECT extract(epoch FROM now() - min(next_attempt_at))
            FROM webhook_events WHERE status IN ('pending', 'retry') AND next_attempt_at <= now()
            """;

    private final HealthConnection connection;

    PostgresQueueAge(HealthConnection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<Duration> oldestDueWaiting() {
        try {
            return connection.query(OLDEST_DUE, row -> {
                double seconds = row.getDouble(1);
                return row.wasNull() ? Optional.<Duration>empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the queue's age could not be read: " + e.getClass().getSimpleName(), e);
        }
    }
}
