package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL reads of a test database, for assertions about what the service stored. */
final class Rows {
    private Rows() {
    }

    static int count(TestPostgres postgres, String sql) {
        return Integer.parseInt(column(postgres, sql).getFirst());
    }

    static List<String> column(TestPostgres postgres, String sql) {
        var settings = postgres.settings();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
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

    static void execute(TestPostgres postgres, String sql) {
        var settings = postgres.settings();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs a statement on the server's maintenance database, e.g. to lock the test database out. */
    static void admin(TestPostgres postgres, String sql) {
        var settings = postgres.settings();
        String server = settings.jdbcUrl().substring(0, settings.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, settings.user(), settings.password())) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
