package dev.gorgiasbridge.application.worker;

import dev.gorgiasbridge.application.port.in.ProcessEvent;
import dev.gorgiasbridge.application.port.out.ClaimedEvent;
import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.application.port.out.EventInbox.Ending;
import dev.gorgiasbridge.application.port.out.Lease;
import dev.gorgiasbridge.application.port.out.LogContext;
import dev.gorgiasbridge.application.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.webhook.RetrySchedule;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Drains the inbox: claims due events up to its concurrency, processes each under a lease it renews while
 * working, and records the outcome — done, skipped, retried later with backoff, or dead. It wakes when the
 * inbox signals new events and polls as a fallback. On shutdown it stops claiming, lets in-flight events
 * finish within a grace period and gives back the rest, so nothing it took is lost.
 */
public final class EventWorker implements AutoCloseable {
    private static final System.Logger log = System.getLogger(EventWorker.class.getName());
    private static final Duration CLAIM_ERROR_PAUSE = Duration.ofSeconds(1);

    private final EventInbox inbox;
    private final ProcessEvent process;
    private final RetrySchedule retries;
    private final Clock clock;
    private final WorkerSettings settings;
    private final ProcessingMetrics metrics;
    private final LogContext logContext;
    private final Semaphore slots;
    private final ExecutorService workers;
    private final ScheduledExecutorService renewals;
    private final Map<Lease, ClaimedEvent> inFlight = new ConcurrentHashMap<>();
    private final Thread dispatcher;
    private volatile boolean running = true;

    private EventWorker(EventInbox inbox, ProcessEvent process, RetrySchedule retries, Clock clock,
                        WorkerSettings settings, ProcessingMetrics metrics, LogContext logContext) {
        this.metrics = metrics;
        this.logContext = logContext;
        this.inbox = inbox;
        this.process = process;
        this.retries = retries;
        this.clock = clock;
        this.settings = settings;
        this.slots = new Semaphore(settings.concurrency());
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), Thread.ofPlatform().name("event-worker-", 1).factory());
        this.renewals = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("lease-renewal").daemon().factory());
        this.dispatcher = Thread.ofPlatform().name("event-dispatcher").unstarted(this::dispatch);
    }

    /** Starts a worker; with concurrency 0 nothing is started and the instance only ingests. */
    public static EventWorker start(EventInbox inbox, ProcessEvent process, RetrySchedule retries, Clock clock,
                                    WorkerSettings settings) {
        return start(inbox, process, retries, clock, settings, ProcessingMetrics.none(), LogContext.none());
    }

    /** As above, counting stage outcomes and how attempts end, with event and ticket ids on every log line. */
    public static EventWorker start(EventInbox inbox, ProcessEvent process, RetrySchedule retries, Clock clock,
                                    WorkerSettings settings, ProcessingMetrics metrics, LogContext logContext) {
        if (settings.concurrency() == 0) {
            throw new IllegalArgumentException("concurrency 0 runs no worker; do not start one");
        }
        var worker = new EventWorker(inbox, process, retries, clock, settings, metrics, logContext);
        worker.dispatcher.start();
        return worker;
    }

    private void dispatch() {
        while (running) {
            try {
                slots.acquire();
                int free = 1 + slots.drainPermits();
                List<ClaimedEvent> claimed = claim(free);
                slots.release(free - claimed.size());
                for (ClaimedEvent event : claimed) {
                    inFlight.put(event.lease(), event);
                    workers.execute(() -> handle(event));
                }
                if (claimed.isEmpty() && running) {
                    inbox.awaitNewEvents(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<ClaimedEvent> claim(int max) throws InterruptedException {
        try {
            return inbox.claim(max, settings.lease());
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "could not claim events, trying again shortly: {0}", e.toString());
            Thread.sleep(CLAIM_ERROR_PAUSE.toMillis());
            return List.of();
        }
    }

    private void handle(ClaimedEvent event) {
        long renewEvery = Math.max(50, settings.lease().toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> renew(event), renewEvery, renewEvery,
                TimeUnit.MILLISECONDS);
        try (var logFields = logContext.open(Map.of("event_id", event.lease().eventId().toString(),
                "ticket_id", event.ticketId().toString(), "attempt", Integer.toString(event.attempt())))) {
            record(event, outcomeOf(event));
        } catch (RuntimeException e) {
            // The store failed while recording: the lease will expire and the event be claimed again.
            log.log(Level.ERROR, "could not record the outcome of event " + event.lease().eventId(), e);
        } finally {
            renewal.cancel(false);
            inFlight.remove(event.lease());
            slots.release();
        }
    }

    private EnrichmentOutcome outcomeOf(ClaimedEvent event) {
        try {
            return process.process(event);
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "unexpected failure processing event " + event.lease().eventId(), e);
            String error = "unexpected " + e.getClass().getSimpleName();
            return new EnrichmentOutcome.Failed(Stage.READ, error, true, java.util.Optional.empty(),
                    List.of(StageOutcome.failed(Stage.READ, error)));
        }
    }

    private void record(ClaimedEvent event, EnrichmentOutcome outcome) {
        outcome.stages().forEach(metrics::stage);
        switch (outcome) {
            case EnrichmentOutcome.Posted posted -> log.log(Level.INFO, "event {0} done at attempt {1}: note {2} is on ticket {3}",
                    event.lease().eventId(), event.attempt(), posted.externalId(), event.ticketId());
            case EnrichmentOutcome.Skipped skipped -> log.log(Level.INFO, "event {0} skipped: {1}",
                    event.lease().eventId(), skipped.reason());
            case EnrichmentOutcome.Failed failed -> { }
        }
        Lease lease = event.lease();
        boolean recorded = switch (outcome) {
            case EnrichmentOutcome.Posted posted -> ended("done", inbox.finish(lease, Ending.DONE,
                    "note " + posted.externalId() + " is on the ticket", posted.stages()));
            case EnrichmentOutcome.Skipped skipped -> ended("skipped",
                    inbox.finish(lease, Ending.SKIPPED, skipped.reason(), skipped.stages()));
            case EnrichmentOutcome.Failed failed -> recordFailure(event, failed);
        };
        if (!recorded) {
            log.log(Level.WARNING, "lease on event {0} was lost before its outcome was recorded; "
                    + "the worker that took it over decides", lease.eventId());
        }
    }

    private boolean recordFailure(ClaimedEvent event, EnrichmentOutcome.Failed failed) {
        String error = failed.stage().name().toLowerCase(java.util.Locale.ROOT) + ": " + failed.error();
        if (!failed.retryable()) {
            log.log(Level.WARNING, "event {0} failed for good at attempt {1}: {2}", event.lease().eventId(),
                    event.attempt(), error);
            return ended("dead", inbox.finish(event.lease(), Ending.DEAD, error, failed.stages()));
        }
        Instant now = clock.instant();
        return switch (retries.afterFailure(event.attempt(), now, failed.retryAfter())) {
            case RetrySchedule.Decision.RetryAt retry -> {
                log.log(Level.INFO, "event {0} attempt {1} failed ({2}); next attempt at {3}",
                        event.lease().eventId(), event.attempt(), error, retry.at());
                yield ended("retry", inbox.retryLater(event.lease(), Duration.between(now, retry.at()), error, failed.stages()));
            }
            case RetrySchedule.Decision.GiveUp giveUp -> {
                log.log(Level.WARNING, "event {0} is dead after {1} attempts: {2}", event.lease().eventId(),
                        event.attempt(), error);
                yield ended("dead", inbox.finish(event.lease(), Ending.DEAD,
                        error + " (gave up after " + event.attempt() + " attempts)", failed.stages()));
            }
        };
    }

    /** Counts the attempt's ending when it was recorded (a lost lease records nothing). */
    private boolean ended(String ending, boolean recorded) {
        if (recorded) {
            metrics.attemptEnded(ending);
        }
        return recorded;
    }

    private void renew(ClaimedEvent event) {
        try {
            if (!inbox.renew(event.lease(), settings.lease())) {
                log.log(Level.WARNING, "lost the lease on event {0} while processing it", event.lease().eventId());
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "could not renew the lease on event {0}: {1}", event.lease().eventId(), e.toString());
        }
    }

    /** Events being processed right now. */
    public int inFlight() {
        return inFlight.size();
    }

    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        workers.shutdown();
        try {
            dispatcher.join(settings.shutdownGrace().toMillis());
            if (!workers.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                for (Lease lease : List.copyOf(inFlight.keySet())) {
                    boolean released = inbox.release(lease);
                    log.log(Level.WARNING, "shutdown: gave back unfinished event {0} ({1})", lease.eventId(),
                            released ? "released" : "lease already lost");
                }
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        } finally {
            renewals.shutdownNow();
        }
    }
}
