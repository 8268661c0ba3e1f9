package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.ingest.port.in.InboxRefusedException;
import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.application.ingest.port.out.DeliveryStore.Stored;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores deliveries that arrive together in one statement (group commit), so a burst costs one commit
 * instead of one per request; every caller still returns only after the statement holding its row has
 * committed. A delivery that arrives alone is written at once: nobody waits for company. Several writers
 * keep several batches in flight, so PostgreSQL's own WAL group commit can flush them together
 * (docs/performance.md, "Ingest"). A batch is one multi-row {@code INSERT ... ON CONFLICT DO NOTHING
 * RETURNING} in autocommit: one round trip, atomic on its own; only when some keys were already stored
 * does a second statement read their ids. Keys are inserted in sorted order, so two writers whose batches
 * share keys wait for each other instead of deadlocking. When PostgreSQL refuses a batch for what one of
 * its rows holds (a data or constraint error, not the connection), the batch is written again row by row:
 * only the offending delivery fails ({@link InboxRefusedException}), the others are stored and answered.
 * After each batch with new rows, {@code stored} is told (it wakes the workers, see {@link ArrivalSignal}).
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 64;
    /** A restart leaves every pooled connection dead; each fails at once, so trying several costs little. */
    private static final int BROKEN_CONNECTION_RETRIES = 10;
    private static final java.time.Duration ANSWER_WITHIN = java.time.Duration.ofSeconds(60);
    private static final String INSERT_COLUMNS = "INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at) VALUES ";
    private static final String INSERT_CONFLICT = " ON CONFLICT (dedup_key) DO NOTHING RETURNING id, dedup_key";
    /** One statement text per batch size, so the driver reuses its server-side prepared statement. */
    private static final String[] INSERTS = new String[MAX_BATCH + 1];

    static {
        for (int rows = 1; rows <= MAX_BATCH; rows++) {
            INSERTS[rows] = INSERT_COLUMNS + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?, ?)"))
                    + INSERT_CONFLICT;
        }
    }

    private static final String FIND = "SELECT id, dedup_key FROM webhook_events WHERE dedup_key = ANY(?)";

    private record Pending(InboxEvent event, CompletableFuture<Stored> result) {
    }

    private final ConnectionFactory connections;
    private final Runnable stored;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean open = true;

    /** For tests: nobody to tell about new rows. */
    GroupCommit(ConnectionFactory connections, int writerCount) {
        this(connections, writerCount, () -> { });
    }

    GroupCommit(ConnectionFactory connections, int writerCount, Runnable stored) {
        this.connections = connections;
        this.stored = stored;
        for (int i = 1; i <= writerCount; i++) {
            writers.add(Thread.ofPlatform().daemon().name("inbox-writer-" + i).start(this::write));
        }
    }

    /** Stores the event with whatever else is waiting, and returns once that transaction committed. */
    Stored store(InboxEvent event) {
        if (!open) {
            throw new InboxUnavailableException("the inbox is shutting down", null);
        }
        var pending = new Pending(event, new CompletableFuture<>());
        queue.add(pending);
        try {
            // Bounded even if a writer died: a webhook must get an answer (503) rather than hang.
            return pending.result().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new InboxUnavailableException("the event was not stored within " + ANSWER_WITHIN.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InboxUnavailableException unavailable) {
                throw unavailable;
            }
            if (e.getCause() instanceof InboxRefusedException refused) {
                throw refused;
            }
            throw new InboxUnavailableException("could not store webhook event: " + e.getCause().getClass().getSimpleName(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InboxUnavailableException("interrupted while storing the webhook event", e);
        }
    }

    private void write() {
        while (open) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, new InboxUnavailableException("the inbox is shutting down", e));
                return;
            } catch (NoConnection e) {
                var failure = new InboxUnavailableException("could not store webhook event: no database connection", e.getCause());
                fail(batch, failure);
                // The pool waited its whole timeout for a connection: the deliveries that queued meanwhile
                // would each wait that long again, batch after batch, for the same answer. They get it now.
                List<Pending> waiting = new ArrayList<>();
                queue.drainTo(waiting);
                fail(waiting, failure);
            } catch (SQLException | RuntimeException e) {
                fail(batch, new InboxUnavailableException("could not store webhook event: " + e.getClass().getSimpleName(), e));
            }
        }
    }

    private void writeBatch(List<Pending> batch) throws SQLException, NoConnection {
        try {
            complete(batch, insertRetryingBrokenConnections(batch));
        } catch (SQLException e) {
            if (!refusedRow(e)) {
                throw e;
            }
            if (batch.size() == 1) {
                refuse(batch.getFirst(), e);
                return;
            }
            log.warn("PostgreSQL refused a batch of {} webhook events (SQLState {}); writing them one by one so only "
                    + "the offending delivery fails", batch.size(), sqlState(e));
            for (Pending pending : batch) {
                writeAlone(pending);
            }
        }
    }

    private void writeAlone(Pending pending) throws NoConnection {
        try {
            complete(List.of(pending), insertRetryingBrokenConnections(List.of(pending)));
        } catch (SQLException e) {
            if (refusedRow(e)) {
                refuse(pending, e);
            } else {
                fail(List.of(pending), new InboxUnavailableException(
                        "could not store webhook event: " + e.getClass().getSimpleName(), e));
            }
        }
    }

    private static void refuse(Pending pending, SQLException e) {
        log.warn("PostgreSQL refused webhook event {} for ticket {} (SQLState {}): {}", pending.event().dedupKey(),
                pending.event().ticketId(), sqlState(e), firstLine(e));
        pending.result().completeExceptionally(new InboxRefusedException(
                "the database refused the event's content (SQLState " + sqlState(e) + ")", e));
    }

    /**
     * Whether PostgreSQL refused a row for what it holds: SQLState class 22 (data exception, e.g. 22021 for
     * a NUL byte or an invalid byte sequence), 23 (integrity constraint) or 54 (a program limit, e.g. a
     * value too large). Writing the same row again would fail again; other rows are not concerned.
     */
    private static boolean refusedRow(SQLException e) {
        String state = sqlState(e);
        return state.startsWith("22") || state.startsWith("23") || state.startsWith("54");
    }

    /** The server's own words (e.g. "invalid byte sequence for encoding "UTF8": 0x00"), which never quote the row. */
    private static String firstLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                String message = sql.getMessage();
                int newline = message.indexOf('\n');
                return newline < 0 ? message : message.substring(0, newline);
            }
        }
        return e.getClass().getSimpleName();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** The pool could not produce a connection (it already waited its timeout). */
    private static final class NoConnection extends Exception {
        private static final long serialVersionUID = 1L;

        NoConnection(SQLException cause) {
            super(cause);
        }
    }

    /** Key to the id stored under it, and the keys this batch inserted. */
    private record Written(Map<String, UUID> ids, Set<String> inserted) {
    }

    private Written insertRetryingBrokenConnections(List<Pending> batch) throws SQLException, NoConnection {
        for (int attempt = 1; ; attempt++) {
            try {
                return insert(batch);
            } catch (SQLException e) {
                if (!droppedByServer(e) || attempt == BROKEN_CONNECTION_RETRIES) {
                    throw e;
                }
            }
        }
    }

    /**
     * Pooled connections the server dropped (restart, failover) each fail once and are evicted; the insert is
     * idempotent, so trying again on the next connection is safe. Not so when the server stopped answering:
     * the statement has already waited its full timeout, and another try would only keep this batch, and
     * every delivery queued behind it, from its 503 that much longer.
     */
    private static boolean droppedByServer(SQLException e) {
        if (!BrokenConnection.causedBy(e)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return false;
            }
        }
        return true;
    }

    /** Deliveries waiting for a writer (for tests: the queue is otherwise invisible). */
    int waiting() {
        return queue.size();
    }

    private Written insert(List<Pending> batch) throws SQLException, NoConnection {
        Map<String, InboxEvent> byKey = new TreeMap<>();
        for (Pending pending : batch) {
            byKey.putIfAbsent(pending.event().dedupKey().value(), pending.event());
        }
        Connection connection;
        try {
            connection = connections.openConnection();
        } catch (SQLException e) {
            throw new NoConnection(e);
        }
        try {
            // Autocommit: the one INSERT is its own transaction, committed when it returns.
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            Map<String, UUID> ids = new HashMap<>();
            Set<String> inserted = new HashSet<>();
            insertRows(connection, byKey.values(), ids, inserted);
            if (ids.size() < byKey.size()) {
                // Rows that conflicted were committed by others (ON CONFLICT waited for them): visible now.
                findExisting(connection, byKey.keySet().stream().filter(key -> !ids.containsKey(key)).toList(), ids);
            }
            return new Written(ids, inserted);
        } finally {
            connections.closeConnection(connection);
        }
    }

    /**
     * The hot path of ingest, in plain JDBC on a pooled connection: one multi-row VALUES statement with a
     * parameter per column. Binding through Jdbi's handles and argument factories, and a transaction around
     * a single statement, cost a round trip and a sixth of the service's CPU under load (JFR).
     */
    private static void insertRows(Connection connection, java.util.Collection<InboxEvent> events, Map<String, UUID> ids,
                                   Set<String> inserted) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERTS[events.size()])) {
            int column = 1;
            for (InboxEvent event : events) {
                statement.setString(column++, event.dedupKey().value());
                statement.setString(column++, event.eventType());
                statement.setLong(column++, event.ticketId().value());
                statement.setString(column++, event.payload());
                statement.setObject(column++, OffsetDateTime.ofInstant(event.receivedAt(), ZoneOffset.UTC));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(2);
                    ids.put(key, rows.getObject(1, UUID.class));
                    inserted.add(key);
                }
            }
        }
    }

    private static void findExisting(Connection connection, List<String> keys, Map<String, UUID> ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getObject(1, UUID.class));
                }
            }
        }
    }

    private void complete(List<Pending> batch, Written written) {
        Set<String> answeredAsNew = new HashSet<>();
        for (Pending pending : batch) {
            String key = pending.event().dedupKey().value();
            UUID id = written.ids().get(key);
            if (id == null) {
                pending.result().completeExceptionally(new InboxUnavailableException("the stored event vanished", null));
            } else if (written.inserted().contains(key) && answeredAsNew.add(key)) {
                pending.result().complete(new Stored.Inserted(new EventId(id)));
            } else {
                pending.result().complete(new Stored.AlreadyPresent(new EventId(id)));
            }
        }
        if (!written.inserted().isEmpty()) {
            stored.run();
        }
    }

    private static void fail(List<Pending> batch, InboxUnavailableException failure) {
        batch.forEach(pending -> pending.result().completeExceptionally(failure));
    }

    @Override
    public void close() {
        open = false;
        writers.forEach(Thread::interrupt);
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        fail(left, new InboxUnavailableException("the inbox is shutting down", null));
    }
}
