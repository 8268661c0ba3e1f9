package dev.gorgiasbridge.application.ingest;

import dev.gorgiasbridge.application.ingest.port.in.CountDeliveries;
import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.application.ingest.port.out.IngestMetrics;
import java.time.Duration;

/** Hands each delivery's outcome to the metrics and the stored counts (IngestMetrics). */
public final class DeliveryCountingService implements CountDeliveries {
    private final IngestMetrics metrics;

    public DeliveryCountingService(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void delivered(WebhookOutcome outcome, Duration latency) {
        metrics.webhook(outcome, latency);
    }
}
