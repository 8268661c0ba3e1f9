package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL answers a query now, on the health connection (outside the pool, within two seconds), and
 * takes writes: a server that became a read-only standby cannot store webhooks (docs/runbook.md).
 */
final class DatabaseProbe implements HealthProbe {
    private final HealthConnection connection;

    DatabaseProbe(HealthConnection connection) {
        this.connection = connection;
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
        try {
            boolean readOnly = connection.query("SELECT current_setting('transaction_read_only') = 'on'",
                    row -> row.getBoolean(1));
            if (readOnly) {
                return ComponentHealth.down(since(started), "PostgreSQL is read-only (a standby?): webhooks cannot be stored");
            }
            return ComponentHealth.up(since(started), Map.of());
        } catch (SQLException e) {
            return new ComponentHealth(ComponentHealth.Status.DOWN, since(started),
                    Optional.of("PostgreSQL did not answer: " + e.getClass().getSimpleName()
                            + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")")), Map.of());
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
