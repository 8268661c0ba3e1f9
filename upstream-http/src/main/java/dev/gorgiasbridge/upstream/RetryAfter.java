package dev.gorgiasbridge.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110 10.2.3). Seconds may carry a
 * fraction, as Shopify sends them ({@code Retry-After: 2.0}); a date already past means "now".
 */
public final class RetryAfter {
    /** Up to nine digits (31 years) and a millisecond fraction: anything longer is not a delay anyone meant. */
    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(\\.\\d{1,3})?");

    private RetryAfter() {
    }

    /** The delay the header asks for; empty when there is no header or it is neither form. */
    public static Optional<Duration> parse(Optional<String> header, Clock clock) {
        return header.map(String::strip).filter(value -> !value.isEmpty()).flatMap(value -> {
            if (SECONDS.matcher(value).matches()) {
                return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
            }
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        });
    }
}
