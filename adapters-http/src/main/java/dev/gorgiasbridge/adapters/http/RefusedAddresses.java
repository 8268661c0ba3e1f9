package dev.gorgiasbridge.adapters.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client addresses whose failed-authentication limit ran out, remembered in this instance until
 * their Retry-After passes, so their next requests are refused before any body is read (asking the rate
 * limiter first would take a round trip, and reading would take the body). Bounded: past the limit, the
 * expired entries are dropped, and new ones are not remembered until there is room (the rate limiter
 * still refuses them, after the body).
 */
final class RefusedAddresses {
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Instant> refusedUntil = new ConcurrentHashMap<>();

    /** Remembers that {@code address} is refused for {@code retryAfter} from {@code now}. */
    void refuse(String address, Instant now, Duration retryAfter) {
        Instant until = now.plus(retryAfter);
        if (refusedUntil.size() >= MAX_ADDRESSES) {
            refusedUntil.values().removeIf(end -> !end.isAfter(now));
            if (refusedUntil.size() >= MAX_ADDRESSES) {
                return;
            }
        }
        refusedUntil.merge(address, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** How long {@code address} is still refused at {@code now}, if it is. */
    Optional<Duration> refused(String address, Instant now) {
        Instant until = refusedUntil.get(address);
        if (until == null) {
            return Optional.empty();
        }
        if (!until.isAfter(now)) {
            refusedUntil.remove(address, until);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }
}
