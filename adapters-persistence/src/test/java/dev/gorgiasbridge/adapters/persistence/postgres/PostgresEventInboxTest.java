package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.application.contract.EventInboxContract;
import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresEventInboxTest extends EventInboxContract {
    private static TestPostgres server;
    private static PostgresDatabase database;
    private static PostgresEventInbox inbox;

    @BeforeAll
    static void start() {
        server = TestPostgres.create("inbox");
        database = server.migrated();
        inbox = database.eventInbox();
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected EventInbox freshInbox() {
        database.jdbi().useHandle(h -> h.execute("TRUNCATE webhook_events CASCADE"));
        return inbox;
    }

    @Override
    protected int storedCount(DedupKey key) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM webhook_events WHERE dedup_key = :k")
                .bind("k", key.value()).mapTo(Integer.class).one());
    }

    @Test
    void a_stored_event_keeps_its_payload_and_waits_as_pending() {
        var stored = freshInbox().store(event("message:4021:900"));

        Map<String, Object> row = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT event_type, ticket_id, payload, status, attempts, received_at FROM webhook_events WHERE id = :id")
                .bind("id", stored.eventId().value()).mapToMap().one());
        assertThat(row).containsEntry("event_type", "ticket-message-created")
                .containsEntry("ticket_id", 4021L)
                .containsEntry("payload", "{\"ticket\":{\"id\":4021}}")
                .containsEntry("status", "pending")
                .containsEntry("attempts", 0);
        assertThat(row.get("received_at")).isNotNull();
    }
}
