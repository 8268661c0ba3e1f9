package dev.gorgiasbridge.adapters.metrics;

import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.application.ingest.port.out.IngestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code gorgias_bridge_webhooks_total{outcome}} and the ingest latency histogram
 * {@code gorgias_bridge_webhook_ingest_seconds}: the numbers behind "answer Gorgias fast, lose nothing".
 */
final class MicrometerIngestMetrics implements IngestMetrics {
    private final Map<WebhookOutcome, Counter> outcomes = new EnumMap<>(WebhookOutcome.class);
    private final Timer latency;

    MicrometerIngestMetrics(MeterRegistry registry) {
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            outcomes.put(outcome, Counter.builder("gorgias_bridge.webhooks")
                    .description("Webhook deliveries by what became of them")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
        latency = Timer.builder("gorgias_bridge.webhook.ingest")
                .description("Time from request to answer on the webhook endpoint")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public void webhook(WebhookOutcome outcome, Duration took) {
        outcomes.get(outcome).increment();
        latency.record(took);
    }
}
