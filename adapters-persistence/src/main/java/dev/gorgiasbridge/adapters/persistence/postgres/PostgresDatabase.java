package dev.gorgiasbridge.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.application.operations.port.out.EventListing;
import dev.gorgiasbridge.application.stats.port.out.OutcomeStatistics;
import dev.gorgiasbridge.application.retention.port.out.PersonalData;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.application.health.port.out.PoolUsage;
import dev.gorgiasbridge.application.health.port.out.QueueAge;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/** The PostgreSQL connection pool, its schema migrations and the JDBI handle built on it. */
public final class PostgresDatabase implements AutoCloseable {
    private static final Duration LEAK_DETECTION = Duration.ofSeconds(30);
    static final String MIGRATIONS = "classpath:db/migration";
    /** Ingest batches written at once (each on its own pooled connection). */
    static final int INBOX_WRITERS = 4;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final EventNotifications notifications;
    private final ArrivalSignal arrivals;
    private final GroupCommit writes;
    private final AttemptEndings endings;
    private final HealthConnection health;

    private PostgresDatabase(HikariDataSource dataSource, PostgresSettings settings) {
        this.dataSource = dataSource;
        this.health = new HealthConnection(settings);
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        this.notifications = new EventNotifications(settings);
        this.arrivals = new ArrivalSignal(settings);
        // Several batches in flight, so their commits share WAL flushes (docs/performance.md, "Ingest"); at
        // most this many pooled connections ingest at once, the rest stay for the workers and the admin API.
        this.writes = new GroupCommit(dataSource::getConnection, Math.max(1, Math.min(INBOX_WRITERS, settings.poolSize() / 2)),
                arrivals::signal);
        this.endings = new AttemptEndings(dataSource::getConnection);
    }

    /**
     * Opens the pool (docs/runbook.md). Connections are
     * made lazily, so this succeeds while the database is down; requests then fail after the timeout.
     */
    public static PostgresDatabase connect(PostgresSettings settings) {
        var config = new HikariConfig();
        config.setPoolName("gorgias-bridge");
        config.setJdbcUrl(settings.jdbcUrl());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 2_000));
        config.setLeakDetectionThreshold(LEAK_DETECTION.toMillis());
        config.setInitializationFailTimeout(-1);
        // A dead server must not hang a request thread: bound connecting and every socket read.
        config.addDataSourceProperty("connectTimeout", Math.max(1, settings.connectionTimeout().toSeconds()));
        config.addDataSourceProperty("socketTimeout", 30);
        config.addDataSourceProperty("ApplicationName", "gorgias-bridge");
        return new PostgresDatabase(new HikariDataSource(config), settings);
    }

    /**
     * Applies pending Flyway migrations; safe to run again and from several instances at once. The
     * versions are Flyway's own reading of the schema history before and after, not what this run did.
     */
    public Migration migrate() {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load();
        Optional<String> before = current(flyway);
        var result = flyway.migrate();
        return new Migration(before, current(flyway), result.migrationsExecuted);
    }

    private static Optional<String> current(Flyway flyway) {
        return Optional.ofNullable(flyway.info().current()).map(info -> info.getVersion().getVersion());
    }

    /**
     * What migrating found and left: the schema version before and after (empty for a database without
     * the schema) and how many migrations this run applied.
     */
    public record Migration(Optional<String> before, Optional<String> after, int applied) {

        /** The schema version now, as people read it: "2", or "none" for an empty database. */
        public String schemaVersion() {
            return after.orElse("none");
        }

        /** One truthful sentence: "already at version 2", "migrated from 1 to 3 (2 migrations)". */
        public String describe() {
            if (applied == 0) {
                return after.map(v -> "database schema already at version " + v + "; nothing to migrate")
                        .orElse("database schema empty and no migration found");
            }
            String count = applied + (applied == 1 ? " migration" : " migrations");
            return before.map(v -> "database schema migrated from version " + v + " to " + schemaVersion() + " (" + count + ")")
                    .orElse("database schema created at version " + schemaVersion() + " (" + count + ")");
        }
    }

    /** The customers and tickets stored in this database. */
    public CustomerDirectory customerDirectory() {
        return new PostgresCustomerDirectory(jdbi);
    }

    /** The notes stored in this database. */
    public NoteLedger noteLedger() {
        return new PostgresNoteLedger(jdbi);
    }

    /** Whether the database answers now and takes writes, asked on a connection of its own (not the pool's). */
    public HealthProbe probe() {
        return new DatabaseProbe(health);
    }

    /** The age of the oldest due event, read on the health connection (not the pool's). */
    public QueueAge queueAge() {
        return new PostgresQueueAge(health);
    }

    /** The pool's usage right now. */
    public PoolUsage poolUsage() {
        var pool = dataSource.getHikariPoolMXBean();
        return pool == null ? new PoolUsage(0, 0, 0, dataSource.getMaximumPoolSize())
                : new PoolUsage(pool.getActiveConnections(), pool.getIdleConnections(), pool.getThreadsAwaitingConnection(),
                        dataSource.getMaximumPoolSize());
    }

    /** The stored events as operators browse them. */
    public EventListing eventListing() {
        return new PostgresEventListing(jdbi);
    }

    /** The counts behind the staging success criteria. */
    public OutcomeStatistics outcomeStatistics() {
        return new PostgresOutcomeStatistics(jdbi);
    }

    /** Retention of payloads and erasure of customers, in this database. */
    public PersonalData personalData() {
        return new PostgresPersonalData(jdbi);
    }

    /**
     * Counts every webhook delivery by outcome, written to the database every {@code writeEvery}; the
     * caller closes it, which writes what is left.
     */
    public PostgresDeliveryCounts deliveryCounts(Clock clock, Duration writeEvery) {
        return new PostgresDeliveryCounts(jdbi, clock, writeEvery);
    }

    /** The readiness item: the database answers and its schema has every migration applied. */
    public ReadinessCheck migrationCheck() {
        return new MigrationCheck(dataSource);
    }

    /** The webhook inbox stored in this database. */
    public PostgresEventInbox eventInbox() {
        return new PostgresEventInbox(jdbi, notifications, writes, endings);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        writes.close();
        endings.close();
        arrivals.close();
        notifications.close();
        health.close();
        dataSource.close();
    }
}
