package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.SQLException;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Waits for {@code NOTIFY gorgias_bridge_events} (sent by {@link ArrivalSignal} after new events commit) on a
 * dedicated connection outside the pool, so workers wake at once instead of polling. When the connection
 * is lost the wait degrades to a plain sleep and the next wait reconnects: polling is the fallback.
 */
final class EventNotifications implements AutoCloseable {
    static final String CHANNEL = "gorgias_bridge_events";
    private static final Duration SLICE = Duration.ofMillis(250);

    private final DedicatedConnection connection;

    EventNotifications(PostgresSettings settings) {
        this.connection = new DedicatedConnection(settings, "gorgias-bridge-listener", settings.connectionTimeout(),
                Duration.ZERO, "LISTEN " + CHANNEL);
    }

    synchronized void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            PGConnection listening = listening();
            // Short slices, because a blocked socket read does not notice an interrupt: shutdown stays quick.
            while (System.nanoTime() < deadline) {
                long slice = Math.min(SLICE.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                PGNotification[] received = listening.getNotifications((int) slice);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (received != null && received.length > 0) {
                    return;
                }
            }
        } catch (SQLException e) {
            connection.discard();
            Thread.sleep(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    private PGConnection listening() throws SQLException {
        return connection.get().unwrap(PGConnection.class);
    }

    @Override
    public synchronized void close() {
        connection.discard();
    }
}
