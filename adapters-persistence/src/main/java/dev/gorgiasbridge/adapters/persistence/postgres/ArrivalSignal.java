package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition raised = lock.newCondition();
    private final Thread sender;
    private boolean pending;
    private volatile boolean open = true;
    private final DedicatedConnection connection;

    ArrivalSignal(PostgresSettings settings) {
        // Losing a notification is harmless (see the class comment and docs/performance.md).
        this.connection = new DedicatedConnection(settings, "gorgias-bridge-signal", settings.connectionTimeout(),
                Duration.ofSeconds(10), "SET synchronous_commit = off");
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
                connection.discard();
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
        try (Statement notify = connection.get().createStatement()) {
            notify.execute("NOTIFY " + EventNotifications.CHANNEL);
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
        connection.discard();
    }
}
