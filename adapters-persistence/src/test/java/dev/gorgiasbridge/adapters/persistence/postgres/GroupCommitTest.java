package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.port.out.InboxEvent;
import dev.gorgiasbridge.application.port.out.InboxUnavailableException;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void a_pool_that_cannot_produce_a_connection_is_asked_once_per_batch() {
        var asked = new AtomicInteger();
        // What the pool reports after its own timeout while the server is down: SQLState 08001.
        Jdbi unreachable = Jdbi.create(() -> {
            asked.incrementAndGet();
            throw new SQLException("Connection is not available, request timed out after 3000ms.", "08001");
        });
        try (var writes = new GroupCommit(unreachable, 1)) {
            var event = new InboxEvent(new DedupKey("message:7:1"), "ticket-message-created", new TicketId(7), "{}",
                    Instant.parse("2026-11-30T12:00:00Z"));

            assertThatThrownBy(() -> writes.store(event)).isInstanceOf(InboxUnavailableException.class);
            // Asking again would keep this delivery, and those queued behind it, from their 503 for another timeout.
            assertThat(asked).hasValue(1);
        }
    }
}
