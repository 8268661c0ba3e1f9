package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.ingest.port.in.InboxRefusedException;
import dev.gorgiasbridge.application.ingest.port.out.DeliveryStore.Stored;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A batch that PostgreSQL refuses because of one row (here a NUL character, which PostgreSQL never stores in
 * text, as if one had slipped past the front door) is written again row by row: the other deliveries of
 * the batch are stored, only the offending one is refused.
 */
class GroupCommitRefusedRowTest {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("refusedrow");

    private static final Instant RECEIVED = Instant.parse("2026-01-06T16:40:02Z");

    private static InboxEvent delivery(int message, String bodyText) {
        String payload = """
                {"ticket": {"id": 91234567, "status": "open", "subject": "Where is the rest of my order?",
                  "customer": {"id": 412000387, "email": "Maria.Keller@Example.com", "name": "Maria Keller"}},
                 "message": {"id": %d, "channel": "email", "from_agent": false, "body_text": "%s"}}
                """.formatted(message, bodyText);
        return new InboxEvent(new DedupKey("message:91234567:" + message), "ticket-message-created",
                new TicketId(91234567), payload, RECEIVED.plusSeconds(message % 100));
    }

    @Test
    void only_the_delivery_postgresql_refuses_fails_and_the_rest_of_its_batch_is_stored() throws Exception {
        postgres.truncate("webhook_events");
        var firstConnection = new AtomicBoolean(true);
        var writerBusy = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // The writer's first connection waits, so the deliveries sent meanwhile queue up and form one batch.
        ConnectionFactory held = () -> {
            if (firstConnection.getAndSet(false)) {
                writerBusy.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return postgres.database().dataSource().getConnection();
        };
        try (var writes = new GroupCommit(held, 1); var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Stored> opener = senders.submit(() -> writes.store(delivery(310000001, "Where is my order?")));
            assertThat(writerBusy.await(30, TimeUnit.SECONDS)).isTrue();
            List<Future<Stored>> good = new ArrayList<>();
            for (int message = 310000002; message <= 310000005; message++) {
                int id = message;
                good.add(senders.submit(() -> writes.store(delivery(id, "Bonjour, où est ma commande ? Grüße"))));
            }
            Future<Stored> bad = senders.submit(() -> writes.store(delivery(310000006, "walking foot\u0000missing")));
            for (int polls = 0; writes.waiting() < 5 && polls < 3_000; polls++) {
                Thread.sleep(10);
            }
            assertThat(writes.waiting()).as("the five deliveries wait together for the writer").isEqualTo(5);

            release.countDown();

            assertThat(opener.get(30, TimeUnit.SECONDS)).isInstanceOf(Stored.Inserted.class);
            for (Future<Stored> answer : good) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isInstanceOf(Stored.Inserted.class);
            }
            assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(InboxRefusedException.class)
                    .cause().hasMessageContaining("SQLState 22");
        }
        List<String> stored = postgres.database().jdbi().withHandle(h ->
                h.createQuery("SELECT dedup_key FROM webhook_events ORDER BY dedup_key").mapTo(String.class).list());
        assertThat(stored).containsExactly("message:91234567:310000001", "message:91234567:310000002",
                "message:91234567:310000003", "message:91234567:310000004", "message:91234567:310000005");
    }

    @Test
    void a_delivery_refused_on_its_own_is_refused_not_reported_as_an_outage() {
        postgres.truncate("webhook_events");
        try (var writes = new GroupCommit(postgres.database().dataSource()::getConnection, 1)) {
            assertThatThrownBy(() -> writes.store(delivery(310000007, "nul\u0000byte")))
                    .isInstanceOf(InboxRefusedException.class);
        }
    }
}
