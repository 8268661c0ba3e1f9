package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens from the client credentials grant, one at a time per instance. The first request obtains
 * one (concurrent first requests wait for that one request); it is kept until shortly before it expires,
 * then renewed ahead of expiry by one request while the others go on using the still-valid token. A 401 on
 * a token believed valid renews it once. Each instance fetches its own token: Shopify issues one per grant
 * request and a fresh instance costs one request a day (see docs/shopify-setup.md). Every token issued is
 * handed to {@code issued} so logs can mask it; neither token nor secret is ever logged.
 */
final class ClientCredentialsTokens implements TokenSource {
    private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokens.class);
    /** After a failed early renewal, the still-valid token is used this long before trying again. */
    static final Duration RENEWAL_RETRY = Duration.ofSeconds(30);

    private final ShopifyCredentials.ClientCredentials credentials;
    private final TokenEndpoint endpoint;
    private final Clock clock;
    private final Consumer<String> issued;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessGrant grant;

    ClientCredentialsTokens(ShopifyCredentials.ClientCredentials credentials, TokenEndpoint endpoint, Clock clock,
                            Consumer<String> issued) {
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.clock = clock;
        this.issued = issued;
    }

    @Override
    public String token() {
        AccessGrant current = grant;
        Instant now = clock.instant();
        if (current != null && current.fresh(now)) {
            return current.token();
        }
        boolean stillValid = current != null && current.usable(now);
        if (stillValid) {
            if (!lock.tryLock()) {
                return current.token(); // another request is renewing it ahead of expiry
            }
        } else {
            lock.lock();
        }
        try {
            current = grant;
            now = clock.instant();
            if (current != null && current.fresh(now)) {
                return current.token();
            }
            try {
                return obtain().token();
            } catch (AttemptFailure | ExternalServiceException e) {
                if (current != null && current.usable(now)) {
                    LOG.warn("renewing the Shopify access token ahead of its expiry at {} failed ({}); using the current"
                            + " one meanwhile", current.expiresAt(), e.getMessage());
                    grant = current.retryRefreshAt(now.plus(RENEWAL_RETRY));
                    return current.token();
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<String> renewAfterRejection(String rejected) {
        lock.lock();
        try {
            AccessGrant current = grant;
            if (current != null && !current.token().equals(rejected)) {
                return Optional.of(current.token()); // renewed meanwhile by another request
            }
            LOG.info("Shopify refused an access token before its expiry; asking for a new one");
            grant = null;
            return Optional.of(obtain().token());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Set<String>> grantedScopes() {
        AccessGrant current = grant;
        return current == null ? Optional.empty() : current.scopes();
    }

    @Override
    public String describe() {
        return credentials.describe();
    }

    /** Asks for a new token; the lock is held. */
    private AccessGrant obtain() {
        AccessGrant fresh = endpoint.request();
        issued.accept(fresh.token());
        grant = fresh;
        LOG.info("obtained a Shopify access token (client credentials grant), valid until {}",
                fresh.expiresAt().equals(Instant.MAX) ? "Shopify refuses it" : fresh.expiresAt());
        return fresh;
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokens[clientId=" + credentials.clientId() + "]";
    }
}
