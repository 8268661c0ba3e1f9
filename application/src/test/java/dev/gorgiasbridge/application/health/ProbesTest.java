package dev.gorgiasbridge.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth.Status;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProbesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));

    @Test
    void an_external_api_is_asked_at_most_once_per_period() {
        AtomicInteger asked = new AtomicInteger();
        var probe = new ReachabilityProbe("shopify", () -> {
            asked.incrementAndGet();
            return new Reachability.Reachable(Duration.ofMillis(40));
        }, Duration.ofSeconds(30), clock);

        probe.probe();
        clock.advance(Duration.ofSeconds(29));
        probe.probe();
        clock.advance(Duration.ofSeconds(2));
        var third = probe.probe();

        assertThat(asked).hasValue(2);
        assertThat(third.status()).isEqualTo(Status.UP);
        assertThat(third.latency()).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void an_unreachable_api_is_down_with_its_reason_but_never_required() {
        var gorgias = new ReachabilityProbe("gorgias", () -> new Reachability.Unreachable("Gorgias answered 500"),
                Duration.ofSeconds(30), clock);

        assertThat(gorgias.required()).isFalse();
        assertThat(gorgias.probe().status()).isEqualTo(Status.DOWN);
        assertThat(gorgias.probe().error()).contains("Gorgias answered 500");
    }

    @Test
    void a_refused_api_is_degraded_with_the_reason_not_down() {
        var probe = new ReachabilityProbe("shopify",
                () -> new Reachability.Refused("the app lacks read_customers"), Duration.ofSeconds(30), clock);

        var health = probe.probe();

        assertThat(health.status()).isEqualTo(Status.DEGRADED);
        assertThat(health.error()).contains("the app lacks read_customers");
        assertThat(health.details()).containsEntry("refused", true);
    }

    @Test
    void a_queue_whose_oldest_due_event_waited_too_long_is_degraded() {
        var inbox = new InMemoryEventInbox(clock);
        inbox.store(new InboxEvent(new DedupKey("message:1:1"), "ticket-message-created", new TicketId(1), "{}", clock.instant()));
        var probe = new QueueProbe(() -> inbox.stats().oldestDueWaiting(), Duration.ofMinutes(10));

        assertThat(probe.probe().status()).isEqualTo(Status.UP);
        clock.advance(Duration.ofMinutes(11));
        var late = probe.probe();

        assertThat(late.status()).isEqualTo(Status.DEGRADED);
        assertThat(late.error()).hasValueSatisfying(reason -> assertThat(reason).contains("more than 10 minutes"));
        assertThat(late.details()).containsEntry("oldest_due_seconds", 660L);
    }

    @Test
    void a_failing_cache_is_degraded_with_its_error_count() {
        var cache = new InMemoryOrderCache();
        cache.failing(true);
        cache.get(dev.gorgiasbridge.domain.customer.CustomerKey.shopify(1));

        var health = new CacheProbe(cache).probe();

        assertThat(health.status()).isEqualTo(Status.DEGRADED);
        assertThat(health.details()).containsEntry("errors", 1L);
    }
}
