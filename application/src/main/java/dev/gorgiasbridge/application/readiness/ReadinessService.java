package dev.gorgiasbridge.application.readiness;

import dev.gorgiasbridge.application.readiness.port.in.AssessReadiness;
import dev.gorgiasbridge.application.readiness.port.in.ReadinessReport;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.redaction.port.out.Redaction;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every check at once, each bounded by one deadline, and reports the findings in checklist order;
 * a check that throws or does not answer in time fails with that reason.
 */
public final class ReadinessService implements AssessReadiness {
    private final List<ReadinessCheck> checks;
    private final Duration timeout;
    private final Clock clock;
    private final Redaction redaction;

    public ReadinessService(List<ReadinessCheck> checks, Duration timeout, Clock clock) {
        this(checks, timeout, clock, Redaction.none());
    }

    /** As above, masking every reason: a live check may quote an upstream's error text, credentials included. */
    public ReadinessService(List<ReadinessCheck> checks, Duration timeout, Clock clock, Redaction redaction) {
        this.checks = List.copyOf(checks);
        this.timeout = timeout;
        this.clock = clock;
        this.redaction = redaction;
    }

    @Override
    public ReadinessReport assess() {
        List<Finding> findings = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<ReadinessCheck, Future<List<Finding>>> running = new LinkedHashMap<>();
            checks.forEach(check -> running.put(check, pool.submit(check::check)));
            long deadline = System.nanoTime() + timeout.toNanos();
            running.forEach((check, answer) -> findings.addAll(await(check, answer, deadline)));
        }
        return new ReadinessReport(findings.stream().map(finding -> new Finding(finding.item(), finding.verdict(),
                redaction.redact(finding.reason()))).toList(), clock.instant());
    }

    private List<Finding> await(ReadinessCheck check, Future<List<Finding>> answer, long deadline) {
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return List.of(Finding.fail(check.item(), "no answer within " + timeout.toMillis() + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(Finding.fail(check.item(), "interrupted"));
        } catch (ExecutionException e) {
            return List.of(Finding.fail(check.item(), "the check failed: " + e.getCause().getClass().getSimpleName()));
        }
    }
}
