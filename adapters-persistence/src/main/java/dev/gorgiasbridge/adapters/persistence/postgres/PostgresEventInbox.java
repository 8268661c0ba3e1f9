package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.application.port.out.InboxEvent;
import dev.gorgiasbridge.application.port.out.InboxUnavailableException;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The inbox in the {@code webhook_events} table. The unique dedup key makes concurrent deliveries of the
 * same event collapse into one row; every statement autocommits, so a returned id is a committed row.
 */
public final class PostgresEventInbox implements EventInbox {
    private static final String INSERT = """
            INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at)
            VALUES (:dedupKey, :eventType, :ticketId, :payload, :receivedAt)
            ON CONFLICT (dedup_key) DO NOTHING
            RETURNING id
            """;
    private static final String FIND_BY_KEY = "SELECT id FROM webhook_events WHERE dedup_key = :dedupKey";

    private final Jdbi jdbi;

    public PostgresEventInbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Stored store(InboxEvent event) {
        try {
            return jdbi.withHandle(handle -> {
                Optional<UUID> inserted = handle.createQuery(INSERT)
                        .bind("dedupKey", event.dedupKey().value())
                        .bind("eventType", event.eventType())
                        .bind("ticketId", event.ticketId().value())
                        .bind("payload", event.payload())
                        .bind("receivedAt", event.receivedAt())
                        .mapTo(UUID.class)
                        .findOne();
                if (inserted.isPresent()) {
                    return new Stored.Inserted(new EventId(inserted.get()));
                }
                // The conflicting row is committed (ON CONFLICT waited for it), so it is visible here.
                UUID existing = handle.createQuery(FIND_BY_KEY)
                        .bind("dedupKey", event.dedupKey().value())
                        .mapTo(UUID.class)
                        .one();
                return new Stored.AlreadyPresent(new EventId(existing));
            });
        } catch (JdbiException e) {
            throw new InboxUnavailableException("could not store webhook event: " + e.getClass().getSimpleName(), e);
        }
    }
}
