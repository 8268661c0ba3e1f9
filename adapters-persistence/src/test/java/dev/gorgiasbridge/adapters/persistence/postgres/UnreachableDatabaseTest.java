package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnreachableDatabaseTest {

    @Test
    void storing_without_a_database_reports_the_inbox_unavailable() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var settings = new PostgresSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/none", "postgres", "",
                2, Duration.ofMillis(500));
        try (var database = PostgresDatabase.connect(settings)) {
            var inbox = database.eventInbox();
            var event = new InboxEvent(new DedupKey("message:1:1"), "ticket-message-created", new TicketId(1), "{}",
                    Instant.parse("2026-11-30T12:00:00Z"));

            assertThatThrownBy(() -> inbox.store(event))
                    .isInstanceOf(InboxUnavailableException.class)
                    .hasMessageNotContaining("password");
        }
    }
}
