package dev.gorgiasbridge.application.operations.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * The events received in {@code [from, to)}: {@code from} before {@code to}, both within the years 0001 to
 * 9999, which every instant an operator means lies in and the database's timestamps can hold (an instant
 * in the year 999999999 parses, but no table can be asked about it).
 */
public record ReceivedRange(Instant from, Instant to) {
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public ReceivedRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST) || from.isAfter(LATEST) || to.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("from and to must lie between " + EARLIEST + " and " + LATEST);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
