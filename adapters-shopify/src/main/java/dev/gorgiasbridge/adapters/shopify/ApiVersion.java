package dev.gorgiasbridge.adapters.shopify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable Admin API version such as {@code 2026-10}, and its support window. Shopify releases a version at
 * the start of each quarter (January, April, July, October) and supports each for at least twelve months
 * (https://shopify.dev/docs/api/usage/versioning); a request to an unsupported version is answered by the
 * oldest supported one instead. The window is computed from the name alone, never from a list that ages.
 */
public record ApiVersion(int year, int month) {
    private static final Pattern STABLE = Pattern.compile("(\\d{4})-(\\d{2})");
    static final int SUPPORT_MONTHS = 12;
    /** Warn this long before support ends, so there is a quarter left to move. */
    static final int WARNING_DAYS = 90;

    public ApiVersion {
        if (year < 2019 || year > 2999 || month < 1 || month > 12 || (month - 1) % 3 != 0) {
            throw new IllegalArgumentException("a stable Shopify API version is YYYY-01, -04, -07 or -10");
        }
    }

    /** The version named {@code name}, e.g. {@code 2026-10}. */
    public static ApiVersion parse(String name) {
        Matcher m = name == null ? null : STABLE.matcher(name.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a stable Shopify API version looks like 2026-10, got " + name);
        }
        return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate released() {
        return LocalDate.of(year, month, 1);
    }

    /** The first day Shopify may stop supporting it (twelve months after release, at the least). */
    public LocalDate supportedUntil() {
        return released().plusMonths(SUPPORT_MONTHS);
    }

    /** The newest stable version released by {@code today}. */
    public static ApiVersion newestOn(LocalDate today) {
        int quarterMonth = (today.getMonthValue() - 1) / 3 * 3 + 1;
        return new ApiVersion(today.getYear(), quarterMonth);
    }

    /** Where this version stands on the clock's date (UTC). */
    public Support supportOn(Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (today.isBefore(released())) {
            return new Support.NotReleased(released());
        }
        if (!today.isBefore(supportedUntil())) {
            return new Support.Ended(supportedUntil(), newestOn(today));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, supportedUntil());
        return daysLeft <= WARNING_DAYS ? new Support.EndingSoon(supportedUntil(), daysLeft, newestOn(today))
                : new Support.Supported(supportedUntil());
    }

    @Override
    public String toString() {
        return "%04d-%02d".formatted(year, month);
    }

    /** Where a version stands on a given day. */
    public sealed interface Support {
        record Supported(LocalDate until) implements Support {
        }

        record EndingSoon(LocalDate until, long daysLeft, ApiVersion newest) implements Support {
        }

        record Ended(LocalDate since, ApiVersion newest) implements Support {
        }

        /** A release candidate, or a date typed wrong. */
        record NotReleased(LocalDate releases) implements Support {
        }
    }
}
