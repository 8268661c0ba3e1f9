package dev.gorgiasbridge.application.stats;

import dev.gorgiasbridge.application.port.in.MeasureSuccess;
import dev.gorgiasbridge.application.port.in.SuccessReport;
import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.application.port.out.HourlyCount;
import dev.gorgiasbridge.application.port.out.OutcomeStatistics;
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
 * Counts the window in the store, and the last {@value #HOURS} hours hour by hour with every hour and
 * status present, so a chart needs no gap filling.
 */
public final class MeasureSuccessService implements MeasureSuccess {
    static final int HOURS = 48;

    private final OutcomeStatistics statistics;
    private final EventInbox inbox;
    private final Clock clock;

    public MeasureSuccessService(OutcomeStatistics statistics, EventInbox inbox, Clock clock) {
        this.statistics = statistics;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public SuccessReport measure(Duration window) {
        if (window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("the window must be between 1 minute and " + MAX_WINDOW.toDays() + " days");
        }
        Instant now = clock.instant();
        Instant from = now.minus(window);
        return new SuccessReport(from, now, statistics.count(from, now), hours(now), inbox.stats());
    }

    private List<SuccessReport.Hour> hours(Instant now) {
        Instant first = now.truncatedTo(ChronoUnit.HOURS).minus(HOURS - 1, ChronoUnit.HOURS);
        Map<Instant, Map<EventStatus, Long>> byHour = new LinkedHashMap<>();
        for (int i = 0; i < HOURS; i++) {
            Map<EventStatus, Long> zeros = new EnumMap<>(EventStatus.class);
            for (EventStatus status : EventStatus.values()) {
                zeros.put(status, 0L);
            }
            byHour.put(first.plus(i, ChronoUnit.HOURS), zeros);
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
