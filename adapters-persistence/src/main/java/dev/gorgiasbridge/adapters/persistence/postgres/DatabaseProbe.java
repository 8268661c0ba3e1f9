package dev.gorgiasbridge.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.gorgiasbridge.application.port.out.ComponentHealth;
import dev.gorgiasbridge.application.port.out.HealthProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** PostgreSQL answers a query now (within two seconds), with the pool's usage (DESIGN R12, R14). */
final class DatabaseProbe implements HealthProbe {
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final HikariDataSource pool;

    DatabaseProbe(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public ComponentHealth probe() {
        long started = System.nanoTime();
        try (Connection connection = pool.getConnection(); Statement query = connection.createStatement()) {
            query.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            query.execute("SELECT 1");
            return ComponentHealth.up(since(started), poolDetails());
        } catch (SQLException e) {
            return new ComponentHealth(ComponentHealth.Status.DOWN, since(started),
                    java.util.Optional.of("PostgreSQL did not answer: " + e.getClass().getSimpleName()
                            + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")")), poolDetails());
        }
    }

    private Map<String, Object> poolDetails() {
        var pool = this.pool.getHikariPoolMXBean();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pool_max", this.pool.getMaximumPoolSize());
        if (pool != null) {
            details.put("pool_active", pool.getActiveConnections());
            details.put("pool_idle", pool.getIdleConnections());
            details.put("pool_waiting", pool.getThreadsAwaitingConnection());
        }
        return details;
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
