package dev.gorgiasbridge.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.health.port.out.PoolUsage;
import dev.gorgiasbridge.application.processing.port.out.AttemptEnding;
import dev.gorgiasbridge.application.processing.port.out.CacheLookup;
import dev.gorgiasbridge.application.processing.port.out.CallOutcome;
import dev.gorgiasbridge.application.processing.port.out.ExternalCall;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelemetryTest {
    private final Telemetry telemetry = new Telemetry("test", "1.0");

    @AfterEach
    void close() {
        telemetry.close();
    }

    @Test
    void webhook_outcomes_and_latency_are_counted_exactly() {
        telemetry.ingest().webhook(WebhookOutcome.ACCEPTED, Duration.ofMillis(12));
        telemetry.ingest().webhook(WebhookOutcome.ACCEPTED, Duration.ofMillis(8));
        telemetry.ingest().webhook(WebhookOutcome.DUPLICATE, Duration.ofMillis(3));
        telemetry.ingest().webhook(WebhookOutcome.UNAUTHORIZED, Duration.ofMillis(1));

        String scraped = telemetry.scrape();

        assertThat(scraped)
                .contains("gorgias_bridge_webhooks_total{env=\"test\",outcome=\"accepted\",version=\"1.0\"} 2.0")
                .contains("gorgias_bridge_webhooks_total{env=\"test\",outcome=\"duplicate\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_webhooks_total{env=\"test\",outcome=\"unauthorized\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_webhooks_total{env=\"test\",outcome=\"storage_failed\",version=\"1.0\"} 0.0")
                .contains("gorgias_bridge_webhook_ingest_seconds_count{env=\"test\",version=\"1.0\"} 4")
                .contains("gorgias_bridge_webhook_ingest_seconds_bucket{");
    }

    @Test
    void processing_outcomes_cache_lookups_and_external_calls_are_counted() {
        telemetry.processing().stage(StageOutcome.succeeded(Stage.ORDERS, "2 orders"));
        telemetry.processing().stage(StageOutcome.failed(Stage.NOTE, "gorgias: 503"));
        telemetry.processing().attemptEnded(AttemptEnding.RETRY);
        telemetry.processing().cacheLookup(CacheLookup.HIT);
        telemetry.processing().cacheLookup(CacheLookup.MISS);
        telemetry.processing().cacheLookup(CacheLookup.MISS);
        telemetry.processing().externalCall(ExternalCall.SHOPIFY_RECENT_ORDERS, CallOutcome.OK, Duration.ofMillis(140));
        telemetry.processing().externalCall(ExternalCall.GORGIAS_POST_NOTE, CallOutcome.RETRY_LATER, Duration.ofMillis(90));
        telemetry.drafts().recorded(dev.gorgiasbridge.domain.reply.DraftSource.AI, java.util.Optional.empty());
        telemetry.drafts().recorded(dev.gorgiasbridge.domain.reply.DraftSource.TEMPLATE,
                java.util.Optional.of("tracking number not in the facts"));

        String scraped = telemetry.scrape();

        assertThat(scraped)
                .contains("gorgias_bridge_stage_outcomes_total{env=\"test\",result=\"succeeded\",stage=\"orders\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_stage_outcomes_total{env=\"test\",result=\"failed\",stage=\"note\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_attempts_total{ending=\"retry\",env=\"test\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_order_cache_lookups_total{env=\"test\",result=\"hit\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_order_cache_lookups_total{env=\"test\",result=\"miss\",version=\"1.0\"} 2.0")
                .contains("gorgias_bridge_external_calls_seconds_count{env=\"test\",operation=\"recent_orders\",outcome=\"ok\",service=\"shopify\",version=\"1.0\"} 1")
                .contains("gorgias_bridge_external_calls_seconds_count{env=\"test\",operation=\"post_note\",outcome=\"retry_later\",service=\"gorgias\",version=\"1.0\"} 1")
                .contains("gorgias_bridge_drafts_total{env=\"test\",fallback_reason=\"none\",source=\"ai\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_drafts_total{env=\"test\",fallback_reason=\"tracking number not in the facts\",source=\"template\",version=\"1.0\"} 1.0");
    }

    @Test
    void queue_pool_cache_and_jvm_are_watched() {
        var inbox = new InMemoryEventInbox();
        inbox.store(new InboxEvent(new DedupKey("message:1:1"), "ticket-message-created", new TicketId(1), "{}", Instant.now()));
        var cache = new InMemoryOrderCache();
        cache.failing(true);
        cache.get(CustomerKey.shopify(1));
        telemetry.watchQueue(inbox, Clock.systemUTC());
        telemetry.watchPool(() -> new PoolUsage(3, 2, 1, 20));
        telemetry.watchCache(cache);

        System.gc();
        String scraped = telemetry.scrape();

        assertThat(scraped)
                .contains("gorgias_bridge_queue_events{env=\"test\",status=\"pending\",version=\"1.0\"} 1.0")
                .contains("gorgias_bridge_db_pool_active{env=\"test\",version=\"1.0\"} 3.0")
                .contains("gorgias_bridge_db_pool_max{env=\"test\",version=\"1.0\"} 20.0")
                .contains("gorgias_bridge_order_cache_errors_total{env=\"test\",version=\"1.0\"} 1.0")
                .contains("jvm_memory_used_bytes");
    }
}
