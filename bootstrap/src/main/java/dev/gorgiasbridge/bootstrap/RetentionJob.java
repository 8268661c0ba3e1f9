package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.application.retention.port.in.ApplyRetention;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs retention in the background of every instance, every {@link #EVERY}; the database lets one
 * instance at a time do the work (docs/runbook.md, "Customer data"). A failed run (the database away) is
 * logged and tried again at the next turn.
 */
final class RetentionJob implements AutoCloseable {
    static final Duration EVERY = Duration.ofHours(1);
    /** Not at startup itself: migrations and the first webhooks come first. */
    static final Duration FIRST_AFTER = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ScheduledExecutorService scheduler;

    private RetentionJob(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static RetentionJob start(ApplyRetention retention, Duration kept) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("retention").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> run(retention, kept), FIRST_AFTER.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
        return new RetentionJob(scheduler);
    }

    static void run(ApplyRetention retention, Duration kept) {
        try {
            int purged = retention.applyRetention();
            if (purged > 0) {
                log.info("retention: deleted the payloads of {} event(s) finished more than {} day(s) ago",
                        purged, kept.toDays());
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; this one must be.
            log.warn("retention run failed ({}); trying again in {} minute(s)", e.getClass().getSimpleName(), EVERY.toMinutes());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
