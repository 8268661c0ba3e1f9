package dev.gorgiasbridge.application.retention;

import dev.gorgiasbridge.application.retention.port.in.ApplyRetention;
import dev.gorgiasbridge.application.retention.port.out.PersonalData;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Keeps customers' messages only as long as they are useful: once an event has finished, its payload is
 * kept for {@code retention} (so a dead event can be replayed meanwhile), then deleted.
 */
public final class RetentionService implements ApplyRetention {
    private final PersonalData personalData;
    private final Duration retention;
    private final Clock clock;

    public RetentionService(PersonalData personalData, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive");
        }
        this.personalData = Objects.requireNonNull(personalData, "personalData");
        this.retention = retention;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int applyRetention() {
        return personalData.purgeFinishedPayloads(clock.instant().minus(retention));
    }
}
