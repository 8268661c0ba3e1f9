package dev.gorgiasbridge.adapters.metrics;

import dev.gorgiasbridge.application.processing.port.out.AttemptEnding;
import dev.gorgiasbridge.application.processing.port.out.CacheLookup;
import dev.gorgiasbridge.application.processing.port.out.CallOutcome;
import dev.gorgiasbridge.application.processing.port.out.ExternalCall;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Processing as counters: {@code gorgias_bridge_stage_outcomes_total{stage,result}},
 * {@code gorgias_bridge_attempts_total{ending}}, {@code gorgias_bridge_order_cache_lookups_total{result}}
 * the external call timer {@code gorgias_bridge_external_calls_seconds{service,operation,outcome}} and
 * {@code gorgias_bridge_refusals_total{service,reason}}: calls refused for credentials or permissions.
 */
final class MicrometerProcessingMetrics implements ProcessingMetrics {
    private final MeterRegistry registry;

    MicrometerProcessingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void stage(StageOutcome outcome) {
        registry.counter("gorgias_bridge.stage.outcomes",
                "stage", outcome.stage().name().toLowerCase(Locale.ROOT),
                "result", outcome.result().name().toLowerCase(Locale.ROOT)).increment();
    }

    @Override
    public void attemptEnded(AttemptEnding ending) {
        registry.counter("gorgias_bridge.attempts", "ending", ending.name().toLowerCase(Locale.ROOT)).increment();
    }

    @Override
    public void cacheLookup(CacheLookup result) {
        registry.counter("gorgias_bridge.order_cache.lookups", "result", result.label()).increment();
    }

    @Override
    public void refused(String service, String reason) {
        registry.counter("gorgias_bridge.refusals", "service", service, "reason", reason).increment();
    }

    @Override
    public void externalCall(ExternalCall call, CallOutcome outcome, Duration latency) {
        Timer.builder("gorgias_bridge.external.calls")
                .description("Calls to Shopify, Gorgias and the AI endpoint, by outcome")
                .tags("service", call.service(), "operation", call.operation(), "outcome", outcome.label())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(latency);
    }
}
