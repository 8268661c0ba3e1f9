package dev.gorgiasbridge.domain.reply;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why the shop refused to answer a lookup. Not an outage: retrying cannot help until someone fixes the
 * credentials or the app's permissions, so the note says so and the operator is told (see
 * {@code docs/shopify-setup.md}). {@link #detail()} is one line naming what to fix, never a secret.
 */
public sealed interface LookupRefusal {
    int MAX_DETAIL = 300;
    Pattern SCOPE = Pattern.compile("(read|write)_[a-z_]{2,60}");

    /** One line: what the shop said and what to fix. */
    String detail();

    /** {@code credentials} or {@code permissions}: what the agent is told was refused. */
    default String kind() {
        return this instanceof PermissionDenied ? "permissions" : "credentials";
    }

    /** A short, fixed label for metrics. */
    default String label() {
        return switch (this) {
            case TokenRefused ignored -> "token_refused";
            case CredentialsRefused ignored -> "credentials_refused";
            case PermissionDenied denied -> denied.scope().isPresent() ? "missing_scope" : "permission_denied";
        };
    }

    /** The app's client credentials were refused when asking for an access token: no token at all. */
    record TokenRefused(String detail) implements LookupRefusal {
        public TokenRefused {
            detail = line(detail);
        }
    }

    /** The shop refused our access token (HTTP 401), even a freshly issued one. */
    record CredentialsRefused(String detail) implements LookupRefusal {
        public CredentialsRefused {
            detail = line(detail);
        }
    }

    /**
     * The token is valid but lacks a permission (HTTP 403, {@code ACCESS_DENIED}, or a required access scope
     * not granted).
     *
     * @param scope the access scope to grant, when the shop named it
     */
    record PermissionDenied(String detail, Optional<String> scope) implements LookupRefusal {
        public PermissionDenied {
            detail = line(detail);
            Objects.requireNonNull(scope, "scope");
            if (scope.filter(s -> !SCOPE.matcher(s).matches()).isPresent()) {
                throw new IllegalArgumentException("an access scope looks like read_orders, got " + scope.get());
            }
        }
    }

    private static String line(String detail) {
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a refusal says what was refused");
        }
        String line = detail.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }
}
