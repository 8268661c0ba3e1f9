package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every instance's workers that new events were stored: {@code NOTIFY gorgias_bridge_events} after
 * the rows committed, from one thread with a connection of its own, at most one notification per
 * {@link #INTERVAL}, so a burst of batches costs a few notifications, not one per batch.
 *
 * <p>Why not a trigger in the inserting transaction, as before: PostgreSQL serialises the commits of all
 * transactions that notify (a database-wide lock held until the commit record is flushed), which stopped
 * concurrent ingest batches from sharing a WAL flush and capped ingest near one fsync per batch
 * (docs/performance.md, "Ingest"). The notification is sent with {@code synchronous_commit = off}: a
 * notification lost in a crash costs nothing, because the workers poll as a fallback
 * ({@code WorkerSettings.pollInterval}) and the crash ended their listening connection anyway.
 */
final class ArrivalSignal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ArrivalSignal.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
    /** At most one notification per this interval: under load a hundred a second, not one per batch. */
    private static final Duration INTERVAL = Duration.ofMillis(10);

    private final PostgresSettings settings;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition raised = lock.newCondition();
    private final Thread sender;
    private boolean pending;
    private volatile boolean open = true;
    private Connection connection;

    ArrivalSignal(PostgresSettings settings) {
        this.settings = settings;
        this.sender = Thread.ofPlatform().daemon().name("arrival-signal").start(this::send);
    }

    /** New events were committed; returns at once, the notification follows. */
    void signal() {
        lock.lock();
        try {
            if (!pending) {
                pending = true;
                raised.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void send() {
        while (open) {
            try {
                awaitSignal();
                notifyListeners();
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                log.debug("could not notify the workers of new events; they poll meanwhile: {}", e.toString());
                closeQuietly();
                try {
                    Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void awaitSignal() throws InterruptedException {
        lock.lock();
        try {
            while (!pending) {
                raised.await();
            }
            pending = false;
        } finally {
            lock.unlock();
        }
    }

    private void notifyListeners() throws SQLException {
        if (connection == null || connection.isClosed()) {
            var props = new Properties();
            if (!settings.user().isEmpty()) {
                props.setProperty("user", settings.user());
            }
            if (!settings.password().isEmpty()) {
                props.setProperty("password", settings.password());
            }
            props.setProperty("connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
            props.setProperty("socketTimeout", "10");
            props.setProperty("ApplicationName", "gorgias-bridge-signal");
            connection = DriverManager.getConnection(settings.jdbcUrl(), props);
            try (Statement session = connection.createStatement()) {
                // Losing a notification is harmless (see the class comment and docs/performance.md).
                session.execute("SET synchronous_commit = off");
            }
        }
        try (Statement notify = connection.createStatement()) {
            notify.execute("NOTIFY " + EventNotifications.CHANNEL);
        }
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
    public void close() {
        open = false;
        sender.interrupt();
        try {
            sender.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}
