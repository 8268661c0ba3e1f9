package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.upstream.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** How long to wait before Shopify's leaky bucket holds enough points again. */
final class ThrottleWaits {
    /** When Shopify says nothing usable: one second restores 50–100 points on every plan. */
    static final Duration FALLBACK = Duration.ofSeconds(1);
    private static final Duration MINIMUM = Duration.ofMillis(100);

    private ThrottleWaits() {
    }

    /** {@code (requestedQueryCost - currentlyAvailable) / restoreRate} seconds, from {@code extensions.cost}. */
    static Duration fromCost(JsonNode root) {
        JsonNode cost = root.path("extensions").path("cost");
        JsonNode status = cost.path("throttleStatus");
        double requested = number(cost.path("requestedQueryCost"));
        double available = number(status.path("currentlyAvailable"));
        double restoreRate = number(status.path("restoreRate"));
        if (Double.isNaN(requested) || Double.isNaN(available) || !(restoreRate > 0)) {
            return FALLBACK;
        }
        long millis = (long) Math.ceil(Math.max(0, requested - available) / restoreRate * 1000);
        // The bucket may have refilled between the check and our reading: still give it a moment.
        return Duration.ofMillis(Math.max(millis, MINIMUM.toMillis()));
    }

    /** {@code Retry-After} as seconds or as an HTTP date; a second when Shopify says nothing usable. */
    static Duration fromRetryAfter(Optional<String> header, Clock clock) {
        return RetryAfter.parse(header, clock).orElse(FALLBACK);
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }
}
