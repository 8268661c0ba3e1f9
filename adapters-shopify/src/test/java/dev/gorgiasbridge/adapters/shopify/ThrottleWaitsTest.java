package dev.gorgiasbridge.adapters.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleWaitsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC);

    private static Duration fromCost(String json) {
        return ThrottleWaits.fromCost(ShopifyServer.JSON.readTree(json));
    }

    @Test
    void the_wait_is_the_missing_points_over_the_restore_rate() {
        assertThat(fromCost(ShopifyServer.contract("throttled.json"))).isEqualTo(Duration.ofMillis(2620));
        assertThat(fromCost("{\"extensions\":{\"cost\":{\"requestedQueryCost\":1000,"
                + "\"throttleStatus\":{\"currentlyAvailable\":0,\"restoreRate\":50.0}}}}")).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void a_bucket_already_refilled_still_waits_a_moment_and_missing_numbers_wait_a_second() {
        assertThat(fromCost("{\"extensions\":{\"cost\":{\"requestedQueryCost\":10,"
                + "\"throttleStatus\":{\"currentlyAvailable\":500,\"restoreRate\":100}}}}")).isEqualTo(Duration.ofMillis(100));
        assertThat(fromCost("{\"errors\":[]}")).isEqualTo(ThrottleWaits.FALLBACK);
        assertThat(fromCost("{\"extensions\":{\"cost\":{\"requestedQueryCost\":10,"
                + "\"throttleStatus\":{\"currentlyAvailable\":0,\"restoreRate\":0}}}}")).isEqualTo(ThrottleWaits.FALLBACK);
    }

    @Test
    void retry_after_is_read_as_seconds_or_as_an_http_date() {
        assertThat(ThrottleWaits.fromRetryAfter(Optional.of("2"), CLOCK)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ThrottleWaits.fromRetryAfter(Optional.of("1.5"), CLOCK)).isEqualTo(Duration.ofMillis(1500));
        assertThat(ThrottleWaits.fromRetryAfter(Optional.of("Sat, 10 Jan 2026 09:00:30 GMT"), CLOCK))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_missing_or_unreadable_retry_after_waits_a_second() {
        assertThat(ThrottleWaits.fromRetryAfter(Optional.empty(), CLOCK)).isEqualTo(ThrottleWaits.FALLBACK);
        assertThat(ThrottleWaits.fromRetryAfter(Optional.of("Infinity"), CLOCK)).isEqualTo(ThrottleWaits.FALLBACK);
        assertThat(ThrottleWaits.fromRetryAfter(Optional.of("-5"), CLOCK)).isEqualTo(ThrottleWaits.FALLBACK);
    }
}
