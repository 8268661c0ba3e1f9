package dev.gorgiasbridge.bootstrap.config;

import java.util.Objects;

/**
 * One thing wrong with the configuration: the variable at fault, what kind of fault, and a message that
 * names the variable but never shows its value.
 */
public record SettingsProblem(String variable, Kind kind, String message) {
    public SettingsProblem {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** Why the value cannot be used; the readiness doctor groups problems by it. */
    public enum Kind {
        /** Required and not set. */
        MISSING,
        /** Set to a demo or example value (docs/configuration.md). */
        PLACEHOLDER,
        /** A secret that is too short or reuses another secret (R1, R10). */
        WEAK,
        /** Set, but not in a form the service understands. */
        MALFORMED,
        /** Well-formed but not allowed in this environment, e.g. CORS {@code *} in staging (docs/configuration.md). */
        REFUSED
    }
}
