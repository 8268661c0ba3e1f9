package dev.gorgiasbridge.application.stats;

import dev.gorgiasbridge.application.stats.port.in.MeasureSuccess;
import dev.gorgiasbridge.application.stats.port.in.SuccessReport;
import dev.gorgiasbridge.application.stats.port.out.DeliveryCounts;
import dev.gorgiasbridge.application.stats.port.out.HourlyCount;
import dev.gorgiasbridge.application.stats.port.out.OutcomeStatistics;
import dev.gorgiasbridge.application.stats.port.out.PeriodCount;
import dev.gorgiasbridge.application.stats.port.out.QueueCounts;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the window in the store (deliveries, refused ones included, from their own counts), the window
 * period by period, and the last {@value #HOURS} hours hour by hour, with every period and status present
 * so a chart needs no gap filling.
 */
public final class MeasureSuccessService implements MeasureSuccess {
    static final int HOURS = 48;

    private final OutcomeStatistics statistics;
    private final DeliveryCounts deliveries;
    private final QueueCounts inbox;
    private final Clock clock;

    public MeasureSuccessService(OutcomeStatistics statistics, DeliveryCounts deliveries, QueueCounts inbox, Clock clock) {
        this.statistics = statistics;
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * The period a window is drawn in: some 12 to 48 bars whatever its length (5 minutes for an hour, an
     * hour for a day, 6 hours for a week, a day for a month).
     */
    static Duration periodFor(Duration window) {
        if (window.compareTo(Duration.ofHours(2)) <= 0) {
            return Duration.ofMinutes(5);
        }
        if (window.compareTo(Duration.ofDays(2)) <= 0) {
            return Duration.ofHours(1);
        }
        return window.compareTo(Duration.ofDays(8)) <= 0 ? Duration.ofHours(6) : Duration.ofDays(1);
    }

    @Override
    public SuccessReport measure(Duration window) {
        if (window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("the window must be between 1 minute and " + MAX_WINDOW.toDays() + " days");
        }
        Instant now = clock.instant();
        Instant from = now.minus(window);
        return new SuccessReport(from, now, statistics.count(from, now), deliveries.count(from, now),
                timeline(from, now, periodFor(window)), hours(now), inbox.stats());
    }

    private SuccessReport.Timeline timeline(Instant from, Instant to, Duration period) {
        long seconds = period.toSeconds();
        Instant first = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), seconds) * seconds);
        Map<Instant, Map<EventStatus, Long>> byPeriod = new LinkedHashMap<>();
        for (Instant start = first; start.isBefore(to); start = start.plus(period)) {
            byPeriod.put(start, zeros());
        }
        for (PeriodCount count : statistics.perPeriod(from, to, period)) {
            Map<EventStatus, Long> counts = byPeriod.get(count.start());
            if (counts != null) {
                counts.merge(count.status(), count.count(), Long::sum);
            }
        }
        List<SuccessReport.Hour> periods = new ArrayList<>();
        byPeriod.forEach((start, counts) -> periods.add(new SuccessReport.Hour(start, counts)));
        return new SuccessReport.Timeline(period, periods);
    }

    private static Map<EventStatus, Long> zeros() {
        Map<EventStatus, Long> zeros = new EnumMap<>(EventStatus.class);
        for (EventStatus status : EventStatus.values()) {
            zeros.put(status, 0L);
        }
        return zeros;
    }

    private List<SuccessReport.Hour> hours(Instant now) {
        Instant first = now.truncatedTo(ChronoUnit.HOURS).minus(HOURS - 1, ChronoUnit.HOURS);
        Map<Instant, Map<EventStatus, Long>> byHour = new LinkedHashMap<>();
        for (int i = 0; i < HOURS; i++) {
            byHour.put(first.plus(i, ChronoUnit.HOURS), zeros());
        }
        for (HourlyCount count : statistics.perHour(first, now)) {
            Map<EventStatus, Long> hour = byHour.get(count.hour());
            if (hour != null) {
                hour.merge(count.status(), count.count(), Long::sum);
            }
        }
        List<SuccessReport.Hour> hours = new ArrayList<>();
        byHour.forEach((start, counts) -> hours.add(new SuccessReport.Hour(start, counts)));
        return hours;
    }
}
