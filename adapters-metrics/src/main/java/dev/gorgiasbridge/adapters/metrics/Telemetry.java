package dev.gorgiasbridge.adapters.metrics;

import dev.gorgiasbridge.application.health.port.out.PoolUsage;
import dev.gorgiasbridge.application.ingest.port.out.IngestMetrics;
import dev.gorgiasbridge.application.processing.port.out.DraftOutcomes;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.function.Supplier;

/** The service's metrics: one Prometheus registry with the JVM's and the service's own meters. */
public final class Telemetry implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final IngestMetrics ingest;
    private final ProcessingMetrics processing;
    // Micrometer holds function-counter sources weakly; these are kept alive here.
    private final java.util.List<Object> watched = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Telemetry(String environment, String version) {
        // Common tags first: meters registered before them would go without.
        registry.config().commonTags("env", environment, "version", version);
        ingest = new MicrometerIngestMetrics(registry);
        processing = new MicrometerProcessingMetrics(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public IngestMetrics ingest() {
        return ingest;
    }

    public ProcessingMetrics processing() {
        return processing;
    }

    /** Drafts by source and fallback reason: the "AI drafts > 90 %" criterion (docs/runbook.md). */
    public DraftOutcomes drafts() {
        return (source, fallbackReason) -> registry.counter("gorgias_bridge.drafts",
                "source", source.name().toLowerCase(java.util.Locale.ROOT),
                "fallback_reason", fallbackReason.orElse("none")).increment();
    }

    /** Queue depth by status and the oldest due event's age. */
    public void watchQueue(EventInbox inbox, Clock clock) {
        QueueGauges.bind(inbox, clock, registry);
    }

    /** The database pool: connections active, idle, max, and threads waiting for one (docs/runbook.md). */
    public void watchPool(Supplier<PoolUsage> pool) {
        // Strong references: Micrometer holds gauge sources weakly, and a method reference has no other owner.
        Gauge.builder("gorgias_bridge.db.pool.active", pool, p -> p.get().active()).strongReference(true).register(registry);
        Gauge.builder("gorgias_bridge.db.pool.idle", pool, p -> p.get().idle()).strongReference(true).register(registry);
        Gauge.builder("gorgias_bridge.db.pool.waiting", pool, p -> p.get().waiting()).strongReference(true).register(registry);
        Gauge.builder("gorgias_bridge.db.pool.max", pool, p -> p.get().max()).strongReference(true).register(registry);
    }

    /** Cache errors, counted since start (docs/runbook.md). */
    public void watchCache(OrderCache cache) {
        FunctionCounter.builder("gorgias_bridge.order_cache.errors", cache, c -> c.status().errors())
                .description("Order cache store failures (the cache is bypassed meanwhile)")
                .register(registry);
        watched.add(cache);
    }

    /** Everything in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
