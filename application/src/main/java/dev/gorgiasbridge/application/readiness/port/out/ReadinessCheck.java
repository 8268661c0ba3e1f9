package dev.gorgiasbridge.application.readiness.port.out;

import dev.gorgiasbridge.application.readiness.port.in.Finding;
import java.util.List;

/** One item of the go-live checklist, checked now (docs/runbook.md). */
public interface ReadinessCheck {

    /** The checklist item, used when the check cannot answer. */
    String item();

    /** Its findings, usually one; never throws (a failure is a {@code FAIL} finding). */
    List<Finding> check();
}
