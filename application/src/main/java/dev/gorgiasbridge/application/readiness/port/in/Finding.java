package dev.gorgiasbridge.application.readiness.port.in;

import java.util.Objects;

/**
 * One line of the readiness checklist.
 *
 * @param item   the checklist item, e.g. {@code database reachable and migrations current}
 * @param reason why it passed, warns or fails, safe to show (never a secret's value)
 */
public record Finding(String item, Verdict verdict, String reason) {
    public Finding {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    public static Finding pass(String item, String reason) {
        return new Finding(item, Verdict.PASS, reason);
    }

    public static Finding warn(String item, String reason) {
        return new Finding(item, Verdict.WARN, reason);
    }

    public static Finding fail(String item, String reason) {
        return new Finding(item, Verdict.FAIL, reason);
    }

    /** Not checked because of a problem another finding reports (and counts): never a problem of its own. */
    public static Finding skip(String item, String reason) {
        return new Finding(item, Verdict.SKIP, reason);
    }

    /**
     * From best to worst, so the worst of several is their maximum. {@code SKIP} is a check left undone
     * because of a failure found elsewhere: the failure is counted there, once.
     */
    public enum Verdict { PASS, SKIP, WARN, FAIL }
}
