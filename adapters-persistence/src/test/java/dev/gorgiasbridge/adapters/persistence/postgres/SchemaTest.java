package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaTest {
    private TestPostgres server;
    private PostgresDatabase database;

    @BeforeEach
    void start() {
        server = TestPostgres.create("schema");
        database = PostgresDatabase.connect(server.settings());
    }

    @AfterEach
    void stop() {
        database.close();
        server.close();
    }

    @Test
    void migrations_apply_on_a_fresh_database_and_a_second_run_changes_nothing() {
        var first = database.migrate();
        var second = database.migrate();

        assertThat(first.applied()).isGreaterThanOrEqualTo(1);
        assertThat(first.before()).isEmpty();
        assertThat(first.describe()).startsWith("database schema created at version " + first.schemaVersion());
        assertThat(second.applied()).isZero();
        // Flyway applies nothing the second time; the version is still the one the schema is at.
        assertThat(second.before()).contains(first.schemaVersion());
        assertThat(second.after()).contains(first.schemaVersion());
        assertThat(second.describe()).isEqualTo("database schema already at version " + first.schemaVersion()
                + "; nothing to migrate");
        assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_name IN ('customers', 'tickets', 'webhook_events', 'ticket_notes')")).isEqualTo(4);
    }

    @Test
    void a_migration_from_an_older_schema_says_from_which_version_to_which() {
        var migration = new PostgresDatabase.Migration(java.util.Optional.of("1"), java.util.Optional.of("3"), 2);

        assertThat(migration.describe()).isEqualTo("database schema migrated from version 1 to 3 (2 migrations)");
    }

    @Test
    void deleting_a_customer_removes_its_tickets_and_notes_and_leaves_no_orphans() {
        database.migrate();
        database.jdbi().useHandle(h -> {
            long customer = insertCustomer(h, "email:ada@example.com");
            long other = insertCustomer(h, "email:grace@example.com");
            insertTicketWithNote(h, 4021, customer);
            insertTicketWithNote(h, 4022, customer);
            insertTicketWithNote(h, 5001, other);

            h.execute("DELETE FROM customers WHERE id = ?", customer);
        });

        assertThat(count("SELECT count(*) FROM tickets")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ticket_notes")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id WHERE c.id IS NULL"))
                .isZero();
        assertThat(count("SELECT count(*) FROM ticket_notes n LEFT JOIN tickets t ON t.id = n.ticket_id WHERE t.id IS NULL"))
                .isZero();
        assertThat(count("SELECT count(*) FROM webhook_events")).as("the inbox is an audit log and is kept").isEqualTo(3);
    }

    @Test
    void the_dedup_key_is_unique_in_the_database_itself() {
        database.migrate();
        String insert = "INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at) "
                + "VALUES ('message:1:1', 'ticket-message-created', 1, '{}', now())";
        database.jdbi().useHandle(h -> h.execute(insert));

        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(insert)))
                .hasMessageContaining("webhook_events_dedup_key_unique");
    }

    @Test
    void an_unknown_status_is_refused() {
        database.migrate();

        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(
                "INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at, status) "
                        + "VALUES ('k', 't', 1, '{}', now(), 'lost')")))
                .hasMessageContaining("status");
    }

    private static long insertCustomer(Handle h, String key) {
        return h.createQuery("INSERT INTO customers (customer_key) VALUES (:key) RETURNING id")
                .bind("key", key).mapTo(Long.class).one();
    }

    private static void insertTicketWithNote(Handle h, long ticket, long customer) {
        h.execute("INSERT INTO tickets (id, customer_id, subject) VALUES (?, ?, 'Where is my order?')", ticket, customer);
        var event = h.createQuery("INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at) "
                        + "VALUES (:key, 'ticket-message-created', :ticket, '{}', now()) RETURNING id")
                .bind("key", "message:" + ticket + ":1").bind("ticket", ticket).mapTo(java.util.UUID.class).one();
        h.execute("INSERT INTO ticket_notes (ticket_id, event_id, external_id, content_hash, body_text, body_html) "
                + "VALUES (?, ?, ?, 'hash', 'text', '<p>text</p>')", ticket, event, "gorgias-bridge:" + ticket);
    }

    private int count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
