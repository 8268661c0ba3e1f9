package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.application.port.out.EventInbox.Stored;
import dev.gorgiasbridge.application.port.out.InboxEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link EventInbox} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class EventInboxContract {

    protected abstract EventInbox inbox();

    /** How many events with this key the store holds. */
    protected abstract int storedCount(DedupKey key);

    protected static InboxEvent event(String key) {
        return new InboxEvent(new DedupKey(key), "ticket-message-created", new TicketId(4021),
                "{\"ticket\":{\"id\":4021}}", Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void a_new_event_is_inserted() {
        Stored stored = inbox().store(event("message:4021:1"));

        assertThat(stored).isInstanceOf(Stored.Inserted.class);
        assertThat(storedCount(new DedupKey("message:4021:1"))).isEqualTo(1);
    }

    @Test
    void the_same_key_again_reports_the_first_event_and_stores_nothing() {
        Stored first = inbox().store(event("message:4021:2"));
        Stored second = inbox().store(event("message:4021:2"));

        assertThat(second).isEqualTo(new Stored.AlreadyPresent(first.eventId()));
        assertThat(storedCount(new DedupKey("message:4021:2"))).isEqualTo(1);
    }

    @Test
    void different_keys_are_different_events() {
        Stored a = inbox().store(event("message:4021:3"));
        Stored b = inbox().store(event("message:4021:4"));

        assertThat(a.eventId()).isNotEqualTo(b.eventId());
        assertThat(b).isInstanceOf(Stored.Inserted.class);
    }

    @Test
    void fifty_concurrent_stores_of_one_key_insert_exactly_one() throws Exception {
        int deliveries = 50;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        var start = new CountDownLatch(1);
        List<Future<Stored>> results = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return inbox().store(event("message:4021:50"));
                }));
            }
            start.countDown();
            List<Stored> stored = new ArrayList<>();
            for (Future<Stored> result : results) {
                stored.add(result.get());
            }
            assertThat(stored).filteredOn(s -> s instanceof Stored.Inserted).hasSize(1);
            assertThat(stored).filteredOn(s -> s instanceof Stored.AlreadyPresent).hasSize(deliveries - 1);
            assertThat(stored).extracting(Stored::eventId).containsOnly(stored.getFirst().eventId());
            assertThat(storedCount(new DedupKey("message:4021:50"))).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

}
