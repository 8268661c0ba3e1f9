package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How operators are told that a service refused our credentials or permissions: a WARN line naming the
 * cause and what to fix, a metric by reason, and the refusal kept (per instance) until a call to that
 * service succeeds again, so health reports the service degraded with that reason.
 */
public final class Refusals {
    private static final System.Logger LOG = System.getLogger(Refusals.class.getName());

    private final ConcurrentMap<String, Refusal> latest = new ConcurrentHashMap<>();
    private final ProcessingMetrics metrics;
    private final Clock clock;

    public Refusals(ProcessingMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One refusal: which service, a fixed label for metrics, what to fix, and when. */
    public record Refusal(String service, String label, String reason, Instant at) {
    }

    /** {@code service} refused {@code operation}: told to the log, the metrics and health. */
    void refused(String service, String operation, String label, String reason) {
        Refusal refusal = new Refusal(service, label, reason, clock.instant());
        latest.put(service, refusal);
        metrics.refused(service, label);
        LOG.log(System.Logger.Level.WARNING, "{0} refused {1} ({2}): {3}", service, operation, label, reason);
    }

    /** {@code service} accepted a call: whatever it refused before has been fixed. */
    void accepted(String service) {
        latest.remove(service);
    }

    public Optional<Refusal> latest(String service) {
        return Optional.ofNullable(latest.get(service));
    }

    /** A live check, degraded by a refusal the service made since its last accepted call. */
    Reachability overlay(String service, Reachability live) {
        return switch (live) {
            case Reachability.Reachable reachable -> latest(service)
                    .<Reachability>map(r -> new Reachability.Refused(r.reason() + " (refused at " + r.at() + ")"))
                    .orElse(reachable);
            case Reachability.Unreachable unreachable -> unreachable;
            case Reachability.Refused refused -> refused;
        };
    }
}
