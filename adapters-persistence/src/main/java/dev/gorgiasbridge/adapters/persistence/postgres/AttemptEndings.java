package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.text.StorableText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Writes how attempts ended — the event's new state and the attempt's stage outcomes — for all the workers
 * that finish at about the same time in one statement ({@link EventQueueSql#END_ATTEMPTS}): one transaction
 * for a group of events instead of one (or more) per event. Each caller still returns only once its own
 * ending is written, and learns whether its lease still held.
 */
final class AttemptEndings implements AutoCloseable {
    private static final int MAX_BATCH = 64;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    /** One attempt's ending: a final state or {@code retry} after {@code delay}. */
    record Ending(Lease lease, String status, String note, Duration delay, List<StageOutcome> stages) {
    }

    private record Pending(Ending ending, CompletableFuture<Boolean> held) {
    }

    private final ConnectionFactory connections;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    AttemptEndings(ConnectionFactory connections) {
        this.connections = connections;
        this.writer = Thread.ofPlatform().daemon().name("attempt-endings").start(this::write);
    }

    /** Writes the ending with whatever else is waiting; false when the lease was lost. */
    boolean end(Ending ending) {
        if (!open) {
            throw new InboxUnavailableException("the inbox is shutting down", null);
        }
        var pending = new Pending(ending, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.held().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new InboxUnavailableException("the attempt's ending was not written within " + ANSWER_WITHIN.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof InboxUnavailableException unavailable ? unavailable
                    : new InboxUnavailableException("could not write the attempt's ending: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InboxUnavailableException("interrupted while writing the attempt's ending", e);
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
                Set<UUID> held = endAll(batch);
                batch.forEach(p -> p.held().complete(held.contains(p.ending().lease().eventId().value())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, new InboxUnavailableException("the inbox is shutting down", e));
                return;
            } catch (SQLException | RuntimeException e) {
                fail(batch, new InboxUnavailableException("could not write the attempts' endings: " + e.getClass().getSimpleName(), e));
            }
        }
    }

    private Set<UUID> endAll(List<Pending> batch) throws SQLException {
        int n = batch.size();
        UUID[] ids = new UUID[n];
        UUID[] tokens = new UUID[n];
        String[] statuses = new String[n];
        String[] notes = new String[n];
        Double[] delays = new Double[n];
        List<UUID> outcomeEvents = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        List<String> results = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Ending ending = batch.get(i).ending();
            ids[i] = ending.lease().eventId().value();
            tokens[i] = ending.lease().token();
            statuses[i] = ending.status();
            notes[i] = StorableText.of(ending.note());
            delays[i] = ending.delay().toMillis() / 1000.0;
            for (StageOutcome stage : ending.stages()) {
                outcomeEvents.add(ids[i]);
                stages.add(stage.stage().name().toLowerCase(Locale.ROOT));
                results.add(stage.result().name().toLowerCase(Locale.ROOT));
                details.add(StorableText.of(stage.detail()));
            }
        }
        Connection connection = connections.openConnection();
        try (PreparedStatement statement = connection.prepareStatement(EventQueueSql.END_ATTEMPTS)) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.setArray(2, connection.createArrayOf("uuid", tokens));
            statement.setArray(3, connection.createArrayOf("text", statuses));
            statement.setArray(4, connection.createArrayOf("text", notes));
            statement.setArray(5, connection.createArrayOf("float8", delays));
            statement.setArray(6, connection.createArrayOf("uuid", outcomeEvents.toArray()));
            statement.setArray(7, connection.createArrayOf("text", stages.toArray()));
            statement.setArray(8, connection.createArrayOf("text", results.toArray()));
            statement.setArray(9, connection.createArrayOf("text", details.toArray()));
            Set<UUID> held = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getObject(1, UUID.class));
                }
            }
            return held;
        } finally {
            connections.closeConnection(connection);
        }
    }

    private static void fail(List<Pending> batch, InboxUnavailableException failure) {
        batch.forEach(p -> p.held().completeExceptionally(failure));
    }

    @Override
    public void close() {
        open = false;
        writer.interrupt();
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        fail(left, new InboxUnavailableException("the inbox is shutting down", null));
    }
}
