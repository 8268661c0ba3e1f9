package dev.gorgiasbridge.reliability;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL reads of the database a service process writes to, for assertions about what it stored. */
record Database(String jdbcUrl, String user, String password) {

    static Database of(TestPostgres postgres) {
        var settings = postgres.settings();
        return new Database(settings.jdbcUrl(), settings.user(), settings.password());
    }

    long count(String sql) {
        return Long.parseLong(column(sql).getFirst());
    }

    List<String> column(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             var rs = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Events not yet finished: pending, being processed, or waiting for a retry. */
    long unfinished() {
        return count("SELECT count(*) FROM webhook_events WHERE status IN ('pending', 'processing', 'retry')");
    }
}
