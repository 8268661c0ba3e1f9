package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our side of Gorgias's limit of 40 requests per 20 s per account (docs/gorgias-setup.md, "What the service relies
 * on from Gorgias"), taken from the shared RateLimits buckets so that every instance draws on one budget when
 * Redis backs them. While Redis is down the buckets are per instance (docs/runbook.md); a limiter that cannot
 * answer at all sends nothing, and the note is tried again later: the budget is never lifted.
 */
final class ApiLimit {
    static final Limit GORGIAS_API = new Limit("gorgias-api", 40, 40, Duration.ofSeconds(20));
    /** A short wait keeps the worker's job; a longer one is better spent on other work (RetryLater). */
    static final Duration MAX_WAIT = Duration.ofSeconds(2);
    private static final Duration MIN_PAUSE = Duration.ofMillis(50);
    /** How long to wait before trying again when the budget could not be checked at all. */
    static final Duration UNCHECKED_PAUSE = Duration.ofSeconds(30);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ApiLimit.class);

    private final RateLimits limits;
    private final String account;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.MIN);

    ApiLimit(RateLimits limits, String account, Clock clock, Sleeper sleeper) {
        this.limits = limits;
        this.account = account;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Takes one request from the budget, waiting up to MAX_WAIT in all; refuses with RetryLater beyond that. */
    void acquire() {
        Duration waited = Duration.ZERO;
        while (true) {
            Decision decision;
            try {
                decision = limits.tryConsume(account, GORGIAS_API);
            } catch (RuntimeException storeFailed) {
                warnOccasionally(storeFailed);
                throw new RetryLater(GorgiasHttp.SERVICE, "client-side rate limit could not be checked; no request sent",
                        Optional.of(UNCHECKED_PAUSE), null);
            }
            switch (decision) {
                case Decision.Allowed allowed -> {
                    return;
                }
                case Decision.Limited(Duration retryAfter) -> {
                    Duration pause = retryAfter.compareTo(MIN_PAUSE) < 0 ? MIN_PAUSE : retryAfter;
                    if (waited.plus(pause).compareTo(MAX_WAIT) > 0) {
                        throw new RetryLater(GorgiasHttp.SERVICE, "client-side limit of " + GORGIAS_API.capacity()
                                + " requests per " + GORGIAS_API.period().toSeconds() + " s reached; no request sent",
                                Optional.of(pause), null);
                    }
                    GorgiasHttp.pause(sleeper, pause);
                    waited = waited.plus(pause);
                }
            }
        }
    }

    private void warnOccasionally(RuntimeException failure) {
        Instant now = clock.instant();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARN_EVERY)) && lastWarning.compareAndSet(last, now)) {
            // The class only: a store's message may name its connection, credentials included.
            LOG.warn("Gorgias client-side rate limit unavailable ({}); no note is posted until it answers",
                    failure.getClass().getSimpleName());
        }
    }
}
