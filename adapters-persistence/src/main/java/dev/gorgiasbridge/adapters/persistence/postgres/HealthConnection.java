package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * One connection of its own, outside the pool, for health checks: they never wait behind ingest for a
 * pooled connection, and never take one from it. Connecting and every query are bounded by short
 * timeouts; a connection that failed is thrown away and the next check opens a new one.
 */
final class HealthConnection implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Reads one value from the first row of a query's result. */
    @FunctionalInterface
    interface Reading<T> {
        T read(ResultSet firstRow) throws SQLException;
    }

    private final PostgresSettings settings;
    private Connection connection;

    HealthConnection(PostgresSettings settings) {
        this.settings = settings;
    }

    /** Runs {@code sql} (one row expected) on the health connection, opening it if needed. */
    synchronized <T> T query(String sql, Reading<T> reading) throws SQLException {
        try {
            try (Statement statement = connection().createStatement()) {
                statement.setQueryTimeout((int) TIMEOUT.toSeconds());
                try (ResultSet rows = statement.executeQuery(sql)) {
                    if (!rows.next()) {
                        throw new SQLException("no row from a health query");
                    }
                    return reading.read(rows);
                }
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            var props = new Properties();
            if (!settings.user().isEmpty()) {
                props.setProperty("user", settings.user());
            }
            if (!settings.password().isEmpty()) {
                props.setProperty("password", settings.password());
            }
            long seconds = Math.max(1, Math.min(TIMEOUT.toSeconds(), settings.connectionTimeout().toSeconds()));
            props.setProperty("connectTimeout", Long.toString(seconds));
            props.setProperty("loginTimeout", Long.toString(seconds));
            // A server that stops answering without closing the socket must not hold a health check.
            props.setProperty("socketTimeout", Long.toString(TIMEOUT.toSeconds() + 1));
            props.setProperty("ApplicationName", "gorgias-bridge-health");
            connection = DriverManager.getConnection(settings.jdbcUrl(), props);
            connection.setAutoCommit(true);
        }
        return connection;
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
