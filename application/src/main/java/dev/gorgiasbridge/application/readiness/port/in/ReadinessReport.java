package dev.gorgiasbridge.application.readiness.port.in;

import dev.gorgiasbridge.application.readiness.port.in.Finding.Verdict;
import java.time.Instant;
import java.util.List;

/** The checklist's findings in checklist order; ready only when none fails. */
public record ReadinessReport(List<Finding> findings, Instant checkedAt) {
    public ReadinessReport {
        findings = List.copyOf(findings);
    }

    /**
     * The worst verdict of any finding: {@code FAIL} blocks going live, {@code WARN} deserves a look. A
     * skipped check is not a verdict of its own (the failure that caused it is).
     */
    public Verdict verdict() {
        return findings.stream().map(Finding::verdict).filter(v -> v != Verdict.SKIP).max(Enum::compareTo)
                .orElse(Verdict.PASS);
    }

    /** How many findings have this verdict: each problem is one finding, so failures count problems. */
    public long count(Verdict verdict) {
        return findings.stream().filter(f -> f.verdict() == verdict).count();
    }
}
