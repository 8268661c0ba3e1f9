package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The shop's calendar: its time zone (Shopify's {@code shop.ianaTimezone}) and the moment a note is written.
 * Shopify reports instants in UTC; a customer and the shop's agents count days in the shop's zone, so every
 * date shown is the day in that zone, and "already past" is judged by whole days there: an estimate for today
 * is not late yet, whatever the hour in UTC.
 *
 * @param zone the shop's zone; UTC when the shop does not say
 * @param now  when the note is written
 */
public record ShopCalendar(ZoneId zone, Instant now) {
    /** For callers that do not know the time: UTC, and no date counts as past. */
    public static final ShopCalendar TIMELESS = new ShopCalendar(ZoneOffset.UTC, Instant.EPOCH);

    public ShopCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
    }

    /** The day {@code at} falls on in the shop's zone. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public LocalDate today() {
        return day(now);
    }

    /** Whether {@code at} falls on a day before today, in the shop's zone. */
    public boolean isBeforeToday(Instant at) {
        return day(at).isBefore(today());
    }
}
