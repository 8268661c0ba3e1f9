package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Workers dying, Redis disappearing, several instances sharing the queue: nothing lost, nothing twice. */
class ResilienceEndToEndTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"), StandardCharsets.UTF_8);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final FullStack stack = new FullStack("resilience");

    private RunningBridge bridge(int workers, String redisUrl) {
        return stack.bridge(workers, Map.of("REDIS_URL", redisUrl));
    }

    private List<String> statuses() {
        return stack.statuses();
    }

    @Test
    void a_worker_that_died_after_posting_is_taken_over_and_its_note_found_not_posted_again() throws InterruptedException {
        bridge(0, TestRedis.url().toString()).post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);
        String eventId = Rows.column(stack.postgres, "SELECT id FROM webhook_events").getFirst();
        String externalId = "gorgias-bridge:evt-" + eventId;
        try (var crashed = stack.postgres.migrated()) {
            // What a worker leaves behind when it dies right after posting: a lease that will expire,
            // the note recorded as about to be posted, and the note on the ticket in Gorgias.
            var claimed = crashed.eventInbox().claim(1, Duration.ofSeconds(1));
            assertThat(claimed).hasSize(1);
            var ticket = new Ticket(new TicketId(91234567), Optional.of("Where is the rest of my order?"), "open", false,
                    Optional.empty(), new TicketCustomer(Optional.of("412000387"), Optional.empty(), Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty()), List.of());
            crashed.customerDirectory().record(ticket, CustomerIdentity.read("412000387", null, List.of()));
            crashed.noteLedger().reserve(ticket.id(), claimed.getFirst().lease().eventId(),
                    new InternalNote(externalId, "Order #1042: split shipment", "<p>Order #1042: split shipment</p>"), "posted-before-the-crash");
        }
        stack.fake.ticketMessages("[{\"id\": 310000099, \"channel\": \"internal-note\", \"from_agent\": true, \"external_id\": \""
                + externalId + "\", \"body_text\": \"Order #1042: split shipment\"}]");

        bridge(1, TestRedis.url().toString());

        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done")));
        assertThat(stack.fake.notesPosted()).isEmpty();
        assertThat(Rows.column(stack.postgres, "SELECT attempts FROM webhook_events")).containsExactly("2");
        assertThat(Rows.column(stack.postgres, "SELECT detail FROM event_outcomes WHERE stage = 'note'"))
                .containsExactly("found on the ticket from an earlier attempt");
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM ticket_notes WHERE gorgias_message_id = 310000099")).isEqualTo(1);
    }

    @Test
    void with_redis_gone_notes_are_still_posted_and_health_says_degraded() throws Exception {
        try (var redis = OwnRedis.start()) {
            var bridge = bridge(1, redis.url());
            bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);
            await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done")));

            redis.kill();
            var otherTicket = SAMPLE.replace("91234567", "91234568");
            assertThat(bridge.post(otherTicket.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN).statusCode()).isEqualTo(202);

            await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done", "done")));
            assertThat(stack.fake.notesPosted()).hasSize(2);
            var health = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health")).build());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"DEGRADED\"")
                    .contains("\"redis\":{\"status\":\"DOWN\"", "\"cache\":{\"status\":\"DEGRADED\"", "recent Redis failure");
            // How many cache lookups failed is for metrics, not the public health report.
            var metrics = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/metrics")).build());
            assertThat(metrics.body()).containsPattern("gorgias_bridge_order_cache_errors_total\\{[^}]*\\} [1-9]");
        }
    }

    @Test
    void two_instances_drain_a_thousand_events_each_processed_exactly_once() {
        var first = bridge(4, TestRedis.url().toString());
        var second = bridge(4, TestRedis.url().toString());
        int events = 1000;
        for (int i = 0; i < events; i++) {
            // Agent replies on a hundred tickets: each is skipped after being read, which exercises the queue alone.
            String body = "{\"ticket\":{\"id\":" + (700000 + i % 100) + ",\"status\":\"open\",\"customer\":{\"id\":1},"
                    + "\"messages\":[]},\"message\":{\"id\":" + (800000 + i) + ",\"channel\":\"email\",\"from_agent\":true}}";
            var target = i % 2 == 0 ? first : second;
            assertThat(target.post(body.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN).statusCode()).isEqualTo(202);
        }

        await().atMost(Duration.ofMinutes(3)).until(() ->
                Rows.count(stack.postgres, "SELECT count(*) FROM webhook_events WHERE status = 'skipped'") == events);
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM webhook_events WHERE status <> 'skipped' OR lease_owner IS NOT NULL")).isZero();
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM event_outcomes WHERE stage = 'read'")).isEqualTo(events);
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM webhook_events WHERE attempts <> 1")).isZero();
    }
}
