package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.application.ingest.port.out.DeliveryStore;
import dev.gorgiasbridge.application.operations.port.out.Replays;
import dev.gorgiasbridge.application.stats.port.out.QueueCounts;

/**
 * The durable inbox of webhook events (docs/architecture.md), one table behind four roles: storing deliveries
 * ({@link DeliveryStore}), the workers' queue ({@link WorkQueue}), replays ({@link Replays}) and counts
 * ({@link QueueCounts}). An adapter implements them together; each service depends on the role it uses.
 */
public interface EventInbox extends DeliveryStore, WorkQueue, Replays, QueueCounts {
}
