package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * One connection of its own, outside the pool, opened on first use and opened again after {@link #discard()}:
 * for work that must never wait behind the pool (health checks) or that holds a session state the pool must
 * not hand to others ({@code LISTEN}, {@code synchronous_commit = off}). Not thread-safe: each owner
 * serialises its own use.
 */
final class DedicatedConnection implements AutoCloseable {
    private final PostgresSettings settings;
    private final String applicationName;
    private final Duration connectTimeout;
    private final Duration socketTimeout;
    private final List<String> sessionSetup;
    private Connection connection;

    /**
     * @param applicationName shown in {@code pg_stat_activity}, so an operator can tell the connections apart
     * @param connectTimeout  how long opening may take (also the login timeout)
     * @param socketTimeout   how long a read may block; {@link Duration#ZERO} for no limit
     * @param sessionSetup    statements run once on every newly opened connection
     */
    DedicatedConnection(PostgresSettings settings, String applicationName, Duration connectTimeout,
                        Duration socketTimeout, String... sessionSetup) {
        this.settings = settings;
        this.applicationName = applicationName;
        this.connectTimeout = connectTimeout;
        this.socketTimeout = socketTimeout;
        this.sessionSetup = List.of(sessionSetup);
    }

    /** The open connection, opening (and setting up) a new one when there is none or it was closed. */
    Connection get() throws SQLException {
        if (connection == null || connection.isClosed()) {
            var props = new Properties();
            if (!settings.user().isEmpty()) {
                props.setProperty("user", settings.user());
            }
            if (!settings.password().isEmpty()) {
                props.setProperty("password", settings.password());
            }
            String seconds = Long.toString(Math.max(1, connectTimeout.toSeconds()));
            props.setProperty("connectTimeout", seconds);
            props.setProperty("loginTimeout", seconds);
            if (!socketTimeout.isZero()) {
                props.setProperty("socketTimeout", Long.toString(Math.max(1, socketTimeout.toSeconds())));
            }
            props.setProperty("ApplicationName", applicationName);
            Connection opened = DriverManager.getConnection(settings.jdbcUrl(), props);
            try (Statement setup = opened.createStatement()) {
                for (String statement : sessionSetup) {
                    setup.execute(statement);
                }
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    /** Throws the connection away after a failure; the next {@link #get()} opens a new one. */
    void discard() {
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
    public void close() {
        discard();
    }
}
