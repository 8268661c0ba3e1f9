package dev.gorgiasbridge.application.health;

import dev.gorgiasbridge.application.health.port.in.AssessHealth;
import dev.gorgiasbridge.application.health.port.in.HealthReport;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.redaction.port.out.Redaction;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the probes at once, each bounded by a timeout, so one hanging dependency cannot hang the health
 * endpoint (a probe that does not answer in time is reported down). The probes keep their own answers for
 * a few seconds ({@link CachedProbe}), so frequent health checks stay cheap.
 */
public final class HealthService implements AssessHealth {
    private final List<HealthProbe> probes;
    private final Duration timeout;
    private final Clock clock;
    private final Redaction redaction;

    public HealthService(List<HealthProbe> probes, Duration timeout, Clock clock) {
        this(probes, timeout, clock, Redaction.none());
    }

    /**
     * As above, masking every reason before it is shown: an upstream's error text may quote a credential,
     * and {@code /health} is public.
     */
    public HealthService(List<HealthProbe> probes, Duration timeout, Clock clock, Redaction redaction) {
        this.probes = List.copyOf(probes);
        this.timeout = timeout;
        this.clock = clock;
        this.redaction = redaction;
    }

    @Override
    public HealthReport assess() {
        return assess(probes);
    }

    @Override
    public HealthReport assessRequired() {
        return assess(probes.stream().filter(HealthProbe::required).toList());
    }

    private HealthReport assess(List<HealthProbe> chosen) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<HealthProbe, Future<ComponentHealth>> running = new LinkedHashMap<>();
            chosen.forEach(probe -> running.put(probe, pool.submit(probe::probe)));
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<String, HealthReport.Component> components = new LinkedHashMap<>();
            running.forEach((probe, answer) -> components.put(probe.component(),
                    new HealthReport.Component(probe.required(), masked(await(answer, deadline)))));
            return new HealthReport(HealthReport.verdict(components), clock.instant(), components);
        }
    }

    private ComponentHealth masked(ComponentHealth health) {
        Map<String, Object> details = new LinkedHashMap<>();
        health.details().forEach((key, value) -> details.put(key, value instanceof String text ? redaction.redact(text) : value));
        return new ComponentHealth(health.status(), health.latency(), health.error().map(redaction::redact), details);
    }

    private ComponentHealth await(Future<ComponentHealth> answer, long deadline) {
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return ComponentHealth.down(timeout, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentHealth.down(Duration.ZERO, "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            return ComponentHealth.down(Duration.ZERO, "check failed: " + e.getCause().getClass().getSimpleName());
        }
    }
}
