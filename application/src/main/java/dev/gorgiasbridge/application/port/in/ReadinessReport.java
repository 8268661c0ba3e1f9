package dev.gorgiasbridge.application.port.in;

import dev.gorgiasbridge.application.port.out.Finding;
import dev.gorgiasbridge.application.port.out.Finding.Verdict;
import java.time.Instant;
import java.util.List;

/** The checklist's findings in checklist order; ready only when none fails. */
public record ReadinessReport(List<Finding> findings, Instant checkedAt) {
    public ReadinessReport {
        findings = List.copyOf(findings);
    }

    /** The worst verdict of any finding: {@code FAIL} blocks going live, {@code WARN} deserves a look. */
    public Verdict verdict() {
        return findings.stream().map(Finding::verdict).max(Enum::compareTo).orElse(Verdict.PASS);
    }
}
