package dev.gorgiasbridge.adapters.shopify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One access token from the client credentials grant: kept until shortly before it expires, then replaced
 * ahead of time. {@link #toString()} never shows the token.
 *
 * @param refreshAt when to ask for the next one: a tenth of its life before expiry, at most five minutes
 * @param scopes    the access scopes Shopify says the token carries ({@code scope}), when it says
 */
record AccessGrant(String token, Instant expiresAt, Instant refreshAt, Optional<Set<String>> scopes) {
    static final Duration MAX_MARGIN = Duration.ofMinutes(5);

    AccessGrant {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(refreshAt, "refreshAt");
        scopes = scopes.map(Set::copyOf);
    }

    /** A token issued {@code now} that lives {@code lifetime} (empty: until Shopify refuses it). */
    static AccessGrant issued(String token, Instant now, Optional<Duration> lifetime, Optional<Set<String>> scopes) {
        if (lifetime.isEmpty()) {
            return new AccessGrant(token, Instant.MAX, Instant.MAX, scopes);
        }
        Duration life = lifetime.get();
        Duration margin = life.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? life.dividedBy(10) : MAX_MARGIN;
        return new AccessGrant(token, now.plus(life), now.plus(life).minus(margin), scopes);
    }

    boolean fresh(Instant now) {
        return now.isBefore(refreshAt);
    }

    boolean usable(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The same token, replaced no earlier than {@code at} (after a failed early refresh). */
    AccessGrant retryRefreshAt(Instant at) {
        return new AccessGrant(token, expiresAt, at.isBefore(expiresAt) ? at : expiresAt, scopes);
    }

    @Override
    public String toString() {
        return "AccessGrant[token=<redacted>, expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
    }
}
