package dev.gorgiasbridge.application.stats.port.out;

import dev.gorgiasbridge.application.stats.port.in.WindowCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Counts of received events and stage outcomes over a time window, for the staging success criteria. */
public interface OutcomeStatistics {

    /** Everything counted over {@code [from, to)}. */
    WindowCounts count(Instant from, Instant to);

    /** Events received in {@code [from, to)} per hour (UTC) and current status; hours without events are left out. */
    List<HourlyCount> perHour(Instant from, Instant to);

    /**
     * Events received in {@code [from, to)} per period of {@code length} (periods start at whole multiples of
     * it since the epoch, so days start at midnight UTC) and current status; empty periods are left out.
     */
    List<PeriodCount> perPeriod(Instant from, Instant to, Duration length);
}
