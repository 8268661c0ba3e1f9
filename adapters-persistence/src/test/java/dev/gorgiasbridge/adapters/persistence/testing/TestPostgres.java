package dev.gorgiasbridge.adapters.persistence.testing;

import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import dev.gorgiasbridge.adapters.persistence.postgres.PostgresSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty PostgreSQL database on the real server for one test class, dropped afterwards. The
 * server is {@code TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}) as
 * {@code TEST_POSTGRES_USER} (default {@code postgres}).
 */
public final class TestPostgres implements AutoCloseable {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String SERVER = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");

    private final String name;
    private final PostgresSettings settings;

    private TestPostgres(String name) {
        this.name = name;
        String base = SERVER.substring(0, SERVER.lastIndexOf('/') + 1);
        this.settings = new PostgresSettings(base + name, USER, PASSWORD, 10, Duration.ofSeconds(3));
    }

    /** Creates the database; skips or fails the test (see {@link TestServices}) when the server is down. */
    public static TestPostgres create(String purpose) {
        String name = ("gbtest_" + purpose + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            TestServices.unavailable("PostgreSQL at " + SERVER, e.getMessage());
        }
        return new TestPostgres(name);
    }

    public PostgresSettings settings() {
        return settings;
    }

    /** A pool on this database with the schema migrated. */
    public PostgresDatabase migrated() {
        PostgresDatabase database = PostgresDatabase.connect(settings);
        database.migrate();
        return database;
    }

    /** The {@code postgresql://} form of this database's address, as operators write DATABASE_URL. */
    public String databaseUrl() {
        String hostAndDb = settings.jdbcUrl().substring("jdbc:postgresql://".length());
        return "postgresql://" + USER + (PASSWORD.isEmpty() ? "" : ":" + PASSWORD) + "@" + hostAndDb;
    }

    @Override
    public void close() {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static Connection admin() throws SQLException {
        DriverManager.setLoginTimeout(5);
        var props = new Properties();
        props.setProperty("user", USER);
        if (!PASSWORD.isEmpty()) {
            props.setProperty("password", PASSWORD);
        }
        return DriverManager.getConnection(SERVER, props);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
