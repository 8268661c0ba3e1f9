package dev.gorgiasbridge.application.ingest;

import dev.gorgiasbridge.application.ingest.port.in.LimitWebhooks;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The webhook's two rate limits (README.md, "The webhook"). Requests that fail authentication draw from a small bucket
 * per client address, which stops floods and guessing; authenticated requests draw from a generous bucket
 * per secret, sized so a real Gorgias burst is never dropped. The limits never share a bucket, so a flood
 * from the same address as Gorgias cannot starve it. A Redis outage does not lift the limits: the buckets
 * move into this process meanwhile (FallbackRateLimits). Only a limiter that throws regardless lets the
 * request through, logged at most once a minute: refusing Gorgias would get the integration disabled.
 */
public final class WebhookLimits implements LimitWebhooks {
    private static final System.Logger log = System.getLogger(WebhookLimits.class.getName());
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private final RateLimits limits;
    private final Limit authenticated;
    private final Limit unauthenticated;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    public WebhookLimits(RateLimits limits, Limit authenticated, Limit unauthenticated) {
        this.limits = limits;
        this.authenticated = authenticated;
        this.unauthenticated = unauthenticated;
    }

    /** Defaults: 100 authenticated requests a second with bursts of 1000; 10 failed ones a minute per address. */
    public static WebhookLimits withDefaults(RateLimits limits) {
        return new WebhookLimits(limits,
                new Limit("webhook-authenticated", 1000, 100, Duration.ofSeconds(1)),
                new Limit("webhook-unauthenticated", 10, 10, Duration.ofMinutes(1)));
    }

    @Override
    public Admission authenticated(String principal) {
        return consume(principal, authenticated);
    }

    @Override
    public Admission failedAuthentication(String clientAddress) {
        return consume(clientAddress, unauthenticated);
    }

    private Admission consume(String key, Limit limit) {
        try {
            return switch (limits.tryConsume(key, limit)) {
                case Decision.Allowed allowed -> new Admission.Admitted();
                case Decision.Limited limited -> new Admission.Limited(limited.retryAfter());
            };
        } catch (RuntimeException e) {
            Instant now = Instant.now();
            Instant last = lastWarning.get();
            if (now.isAfter(last.plus(WARNING_INTERVAL)) && lastWarning.compareAndSet(last, now)) {
                log.log(Level.WARNING, "rate limiter unavailable, letting requests through: {0}", e.toString());
            }
            return new Admission.Admitted();
        }
    }
}
