package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Waits for {@code NOTIFY gorgias_bridge_events} (sent by a trigger when an event becomes due) on a
 * dedicated connection outside the pool, so workers wake at once instead of polling. When the connection
 * is lost the wait degrades to a plain sleep and the next wait reconnects: polling is the fallback.
 */
final class EventNotifications implements AutoCloseable {
    static final String CHANNEL = "gorgias_bridge_events";
    private static final Duration SLICE = Duration.ofMillis(250);

    private final PostgresSettings settings;
    private Connection connection;

    EventNotifications(PostgresSettings settings) {
        this.settings = settings;
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
            closeQuietly();
            Thread.sleep(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    private PGConnection listening() throws SQLException {
        if (connection == null || connection.isClosed()) {
            var props = new Properties();
            if (!settings.user().isEmpty()) {
                props.setProperty("user", settings.user());
            }
            if (!settings.password().isEmpty()) {
                props.setProperty("password", settings.password());
            }
            props.setProperty("connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
            props.setProperty("ApplicationName", "gorgias-bridge-listener");
            connection = DriverManager.getConnection(settings.jdbcUrl(), props);
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
        }
        return connection.unwrap(PGConnection.class);
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is being thrown away because it failed; nothing more to do with it
        } finally {
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
