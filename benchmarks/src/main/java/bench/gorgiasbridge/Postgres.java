package bench.gorgiasbridge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** The machine's PostgreSQL (BENCH_PG_* or 127.0.0.1:5432 as postgres): fresh databases and plain reads. */
final class Postgres {
    static final String HOST = env("BENCH_PG_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(env("BENCH_PG_PORT", "5432"));
    static final String USER = env("BENCH_PG_USER", "postgres");
    static final String PASSWORD = env("BENCH_PG_PASSWORD", "");

    private Postgres() {
    }

    static String create(String prefix) throws SQLException {
        String name = prefix + "_" + System.currentTimeMillis();
        try (Connection c = connect("postgres")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return name;
    }

    static void drop(String name) throws SQLException {
        try (Connection c = connect("postgres")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static String url(String database) {
        return "postgresql://" + USER + (PASSWORD.isEmpty() ? "" : ":" + PASSWORD) + "@" + HOST + ":" + PORT + "/" + database;
    }

    static List<double[]> rows(String database, String sql) throws SQLException {
        try (Connection c = connect(database); var rs = c.createStatement().executeQuery(sql)) {
            List<double[]> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                double[] row = new double[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getDouble(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static long count(String database, String sql) throws SQLException {
        return (long) rows(database, sql).getFirst()[0];
    }

    /** Transactions committed in the database so far (pg_stat_database): a count the machine's load does not move. */
    static long commits(String database) throws SQLException {
        try (Connection c = connect(database); var st = c.prepareStatement(
                "SELECT xact_commit FROM pg_stat_database WHERE datname = ?")) {
            st.setString(1, database);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs statements (seeding), each in autocommit. */
    static void execute(String database, String... statements) throws SQLException {
        try (Connection c = connect(database); var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    static Connection connect(String database) throws SQLException {
        var source = new PGSimpleDataSource();
        source.setServerNames(new String[] {HOST});
        source.setPortNumbers(new int[] {PORT});
        source.setDatabaseName(database);
        source.setUser(USER);
        source.setPassword(PASSWORD);
        return source.getConnection();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
