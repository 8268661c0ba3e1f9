package dev.gorgiasbridge.application.health;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A probe's answer kept for a few seconds, so a load balancer (or sixty of them) calling the health
 * endpoints costs one check per period, not one per call. One caller refreshes a stale answer at a time;
 * the others get the previous answer meanwhile instead of queueing behind the check. Only the very first
 * check, with no answer yet, is waited for.
 */
public final class CachedProbe implements HealthProbe {
    private final HealthProbe probe;
    private final Duration freshFor;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Answer last;

    private record Answer(ComponentHealth health, Instant at) {
    }

    public CachedProbe(HealthProbe probe, Duration freshFor, Clock clock) {
        this.probe = probe;
        this.freshFor = freshFor;
        this.clock = clock;
    }

    @Override
    public String component() {
        return probe.component();
    }

    @Override
    public boolean required() {
        return probe.required();
    }

    @Override
    public ComponentHealth probe() {
        Answer seen = last;
        if (seen != null && fresh(seen)) {
            return seen.health();
        }
        if (seen != null) {
            if (!refreshing.tryLock()) {
                return seen.health();
            }
        } else {
            try {
                refreshing.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ComponentHealth.down(Duration.ZERO, "interrupted while waiting for the first check");
            }
        }
        try {
            Answer current = last;
            if (current != null && fresh(current)) {
                return current.health();
            }
            ComponentHealth health = probe.probe();
            last = new Answer(health, clock.instant());
            return health;
        } finally {
            refreshing.unlock();
        }
    }

    private boolean fresh(Answer answer) {
        return clock.instant().isBefore(answer.at().plus(freshFor));
    }
}
