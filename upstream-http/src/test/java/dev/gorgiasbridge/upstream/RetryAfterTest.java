package dev.gorgiasbridge.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void delay_seconds_whole_or_with_a_fraction() {
        assertThat(RetryAfter.parse(Optional.of("7"), CLOCK)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(Optional.of(" 2.0 "), CLOCK)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(Optional.of("1.5"), CLOCK)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse(Optional.of("0"), CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void an_http_date_is_the_time_left_until_it_and_a_past_one_is_now() {
        assertThat(RetryAfter.parse(Optional.of("Sat, 10 Jan 2026 09:00:30 GMT"), CLOCK)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(Optional.of("Sat, 10 Jan 2026 08:59:00 GMT"), CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void anything_else_asks_for_nothing() {
        assertThat(RetryAfter.parse(Optional.empty(), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of(""), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("Infinity"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("1e3"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("9999999999"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("soon"), CLOCK)).isEmpty();
    }
}
