package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth.Status;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database's health is read on a connection of its own: cheap, and never queued behind the pool. */
class DatabaseHealthTest {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("health");

    @Test
    void the_database_is_up_while_every_pooled_connection_is_taken() throws SQLException {
        var database = postgres.database();
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < postgres.server().settings().poolSize(); i++) {
                taken.add(database.dataSource().getConnection());
            }

            var health = database.probe().probe();

            assertThat(health.status()).as(health.error().orElse("")).isEqualTo(Status.UP);
            assertThat(health.details()).as("no pool internals").isEmpty();
            assertThat(database.poolUsage().waiting()).isZero();
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    @Test
    void the_queue_age_is_the_wait_of_the_oldest_due_event_only() {
        postgres.truncate("webhook_events");
        var queue = postgres.database().queueAge();
        assertThat(queue.oldestDueWaiting()).isEmpty();

        postgres.database().jdbi().useHandle(h -> h.execute("""
                INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, status, next_attempt_at, received_at)
                SELECT 'done:' || n, 'ticket-message-created', n, '{}', 'done', now() - interval '3 days', now() - interval '3 days'
                FROM generate_series(1, 2000) AS n
                """));
        postgres.database().jdbi().useHandle(h -> h.execute("""
                INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, status, next_attempt_at, received_at) VALUES
                  ('due:1', 'ticket-message-created', 1, '{}', 'pending', now() - interval '90 seconds', now()),
                  ('due:2', 'ticket-message-created', 2, '{}', 'retry', now() - interval '30 seconds', now()),
                  ('later:3', 'ticket-message-created', 3, '{}', 'retry', now() + interval '1 hour', now())
                """));

        assertThat(queue.oldestDueWaiting()).hasValueSatisfying(age -> assertThat(age).isBetween(
                Duration.ofSeconds(90), Duration.ofSeconds(150)));
    }

    @Test
    void an_unreachable_database_is_down_within_the_probe_timeout() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var settings = new PostgresSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/none", "postgres", "",
                2, Duration.ofMillis(500));
        try (var database = PostgresDatabase.connect(settings)) {
            var health = database.probe().probe();

            assertThat(health.status()).isEqualTo(Status.DOWN);
            assertThat(health.error()).hasValueSatisfying(reason -> assertThat(reason).startsWith("PostgreSQL did not answer"));
        }
    }
}
