package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.ConnectionFactory;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void deliveries_queued_while_the_pool_waited_in_vain_get_their_answer_with_it() throws Exception {
        var asked = new AtomicInteger();
        var entered = new CountDownLatch(1);
        var timeUp = new CountDownLatch(1);
        ConnectionFactory unreachable = () -> {
            asked.incrementAndGet();
            entered.countDown();
            try {
                timeUp.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("Connection is not available, request timed out after 3000ms.", "08001");
        };
        try (var writes = new GroupCommit(unreachable, 1); var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> answers = new ArrayList<>();
            answers.add(senders.submit(() -> writes.store(event(1))));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            for (int n = 2; n <= 6; n++) {
                int key = n;
                answers.add(senders.submit(() -> writes.store(event(key))));
            }
            for (int polls = 0; writes.waiting() < 5 && polls < 3_000; polls++) {
                Thread.sleep(10);
            }
            assertThat(writes.waiting()).isEqualTo(5);

            timeUp.countDown();

            for (Future<?> answer : answers) {
                assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(InboxUnavailableException.class);
            }
            assertThat(asked).hasValue(1);
        }
    }

    private static InboxEvent event(int n) {
        return new InboxEvent(new DedupKey("message:7:" + n), "ticket-message-created", new TicketId(7), "{}",
                Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void a_pool_that_cannot_produce_a_connection_is_asked_once_per_batch() {
        var asked = new AtomicInteger();
        // What the pool reports after its own timeout while the server is down: SQLState 08001.
        ConnectionFactory unreachable = () -> {
            asked.incrementAndGet();
            throw new SQLException("Connection is not available, request timed out after 3000ms.", "08001");
        };
        try (var writes = new GroupCommit(unreachable, 1)) {
            var event = new InboxEvent(new DedupKey("message:7:1"), "ticket-message-created", new TicketId(7), "{}",
                    Instant.parse("2026-11-30T12:00:00Z"));

            assertThatThrownBy(() -> writes.store(event)).isInstanceOf(InboxUnavailableException.class);
            // Asking again would keep this delivery, and those queued behind it, from their 503 for another timeout.
            assertThat(asked).hasValue(1);
        }
    }
}
