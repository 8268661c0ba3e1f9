package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

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

    private final DedicatedConnection connection;

    HealthConnection(PostgresSettings settings) {
        // A server that stops answering without closing the socket must not hold a health check.
        this.connection = new DedicatedConnection(settings, "gorgias-bridge-health",
                TIMEOUT.compareTo(settings.connectionTimeout()) < 0 ? TIMEOUT : settings.connectionTimeout(),
                TIMEOUT.plusSeconds(1));
    }

    /** Runs {@code sql} (one row expected) on the health connection, opening it if needed. */
    synchronized <T> T query(String sql, Reading<T> reading) throws SQLException {
        try {
            try (Statement statement = connection.get().createStatement()) {
                statement.setQueryTimeout((int) TIMEOUT.toSeconds());
                try (ResultSet rows = statement.executeQuery(sql)) {
                    if (!rows.next()) {
                        throw new SQLException("no row from a health query");
                    }
                    return reading.read(rows);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.discard();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        connection.discard();
    }
}
