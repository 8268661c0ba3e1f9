package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.contract.EventInboxContract;
import dev.gorgiasbridge.application.contract.EventRecord;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEventInboxTest extends EventInboxContract {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("inbox");



    @Override
    protected EventInbox freshInbox() {
        postgres.database().jdbi().useHandle(h -> h.execute("TRUNCATE webhook_events CASCADE"));
        return postgres.database().eventInbox();
    }

    @Override
    protected Optional<EventRecord> record(EventId id) {
        return StoredEvents.find(postgres.database().jdbi(), id);
    }

    @Override
    protected int storedCount(DedupKey key) {
        return postgres.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM webhook_events WHERE dedup_key = :k")
                .bind("k", key.value()).mapTo(Integer.class).one());
    }

    @Test
    void a_stored_event_keeps_its_payload_and_waits_as_pending() {
        var stored = freshInbox().store(event("message:4021:900"));

        Map<String, Object> row = postgres.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT event_type, ticket_id, payload, status, attempts, received_at FROM webhook_events WHERE id = :id")
                .bind("id", stored.eventId().value()).mapToMap().one());
        assertThat(row).containsEntry("event_type", "ticket-message-created")
                .containsEntry("ticket_id", 4021L)
                .containsEntry("payload", "{\"ticket\":{\"id\":4021}}")
                .containsEntry("status", "pending")
                .containsEntry("attempts", 0);
        assertThat(row.get("received_at")).isNotNull();
    }

    @Test
    void deliveries_stored_together_each_keep_their_own_row() throws Exception {
        var inbox = freshInbox();
        Instant base = Instant.parse("2026-11-30T05:00:00.123456Z");
        int deliveries = 300;
        Map<String, EventInbox.Stored> answers = new java.util.concurrent.ConcurrentHashMap<>();
        try (var senders = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < deliveries; i++) {
                int n = i;
                senders.submit(() -> answers.put("message:" + n, inbox.store(
                        event("message:" + n, 5000L + n, base.plusSeconds(n)))));
            }
        }

        List<Map<String, Object>> rows = postgres.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id, dedup_key, ticket_id, payload, received_at FROM webhook_events").mapToMap().list());
        assertThat(rows).hasSize(deliveries);
        assertThat(answers.values()).allMatch(stored -> stored instanceof EventInbox.Stored.Inserted);
        for (Map<String, Object> row : rows) {
            String key = (String) row.get("dedup_key");
            int n = Integer.parseInt(key.substring("message:".length()));
            assertThat(row.get("id")).as(key).isEqualTo(answers.get(key).eventId().value());
            assertThat(row.get("ticket_id")).as(key).isEqualTo(5000L + n);
            assertThat(row.get("payload")).as(key).isEqualTo("{\"ticket\":{\"id\":" + (5000L + n) + "}}");
            assertThat(((java.sql.Timestamp) row.get("received_at")).toInstant()).as(key).isEqualTo(base.plusSeconds(n));
        }
    }

    @Test
    void a_connection_the_server_dropped_does_not_fail_the_next_store() throws Exception {
        var inbox = freshInbox();
        inbox.store(event("message:4021:901"));
        var settings = postgres.server().settings();
        String name = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1);
        String admin = settings.jdbcUrl().substring(0, settings.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
        try (var connection = java.sql.DriverManager.getConnection(admin, settings.user(), settings.password())) {
            connection.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + name + "' AND pid <> pg_backend_pid()");
        }

        var stored = inbox.store(event("message:4021:902"));

        assertThat(stored).isInstanceOf(EventInbox.Stored.Inserted.class);
    }
}
