package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.processing.port.in.ProcessEvent;
import dev.gorgiasbridge.application.processing.port.out.LeaseWrite;
import dev.gorgiasbridge.application.processing.port.out.LogContext;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.webhook.RetrySchedule;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Drains the inbox: claims due events in batches, processes up to its concurrency at once, each under a
 * lease renewed from the moment it is claimed, and records the outcome — done, skipped, retried later with
 * backoff, or dead. It claims up to {@value #AHEAD} times its concurrency, so the next events are at hand
 * when one finishes and one claim serves several events (docs/performance.md, "Queue"). It wakes when the
 * inbox signals new events and polls as a fallback. On shutdown it stops claiming, gives back the events it
 * had not started, lets in-flight events finish within a grace period and gives back the rest, so nothing
 * it took is lost.
 */
public final class EventWorker implements AutoCloseable {
    private static final System.Logger log = System.getLogger(EventWorker.class.getName());
    private static final Duration CLAIM_ERROR_PAUSE = Duration.ofSeconds(1);
    /** Events held per unit of concurrency: one being processed, one claimed and waiting its turn. */
    static final int AHEAD = 2;

    private final WorkQueue inbox;
    private final ProcessEvent process;
    private final AttemptRecorder recorder;
    private final WorkerSettings settings;
    private final LogContext logContext;
    private final Semaphore slots;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService renewals;
    private final Map<Lease, ScheduledFuture<?>> inFlight = new ConcurrentHashMap<>();
    private final Thread dispatcher;
    private volatile boolean running = true;

    private EventWorker(WorkQueue inbox, ProcessEvent process, RetrySchedule retries, Clock clock,
                        WorkerSettings settings, ProcessingMetrics metrics, LogContext logContext) {
        this.logContext = logContext;
        this.inbox = inbox;
        this.process = process;
        this.recorder = new AttemptRecorder(inbox, retries, clock, metrics);
        this.settings = settings;
        this.slots = new Semaphore(settings.concurrency() * AHEAD);
        this.workers = new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().name("event-worker-", 1).factory());
        this.renewals = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("lease-renewal").daemon().factory());
        this.dispatcher = Thread.ofPlatform().name("event-dispatcher").unstarted(this::dispatch);
    }

    /** Starts a worker; with concurrency 0 nothing is started and the instance only ingests. */
    public static EventWorker start(WorkQueue inbox, ProcessEvent process, RetrySchedule retries, Clock clock,
                                    WorkerSettings settings) {
        return start(inbox, process, retries, clock, settings, ProcessingMetrics.none(), LogContext.none());
    }

    /** As above, counting stage outcomes and how attempts end, with event and ticket ids on every log line. */
    public static EventWorker start(WorkQueue inbox, ProcessEvent process, RetrySchedule retries, Clock clock,
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
                    // Renewed from now on: an event waiting its turn holds its lease as well as one being processed.
                    long renewEvery = Math.max(50, settings.lease().toMillis() / 3);
                    inFlight.put(event.lease(), renewals.scheduleAtFixedRate(() -> renew(event), renewEvery, renewEvery,
                            TimeUnit.MILLISECONDS));
                    workers.execute(new Attempt(event));
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

    /** One claimed event's turn on a worker thread; known by its event when given back unstarted. */
    private final class Attempt implements Runnable {
        private final ClaimedEvent event;

        Attempt(ClaimedEvent event) {
            this.event = event;
        }

        @Override
        public void run() {
            handle(event);
        }
    }

    private void handle(ClaimedEvent event) {
        try (var logFields = logContext.open(Map.of("event_id", event.lease().eventId().toString(),
                "ticket_id", event.ticketId().toString(), "attempt", Integer.toString(event.attempt())))) {
            recorder.record(event, outcomeOf(event));
        } catch (RuntimeException e) {
            // The store failed while recording: the lease will expire and the event be claimed again.
            log.log(Level.ERROR, "could not record the outcome of event " + event.lease().eventId(), e);
        } finally {
            done(event.lease());
        }
    }

    private EnrichmentOutcome outcomeOf(ClaimedEvent event) {
        try {
            return process.process(event);
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "unexpected failure processing event " + event.lease().eventId(), e);
            String error = "unexpected " + e.getClass().getSimpleName();
            return new EnrichmentOutcome.Failed(Stage.READ, error, EnrichmentOutcome.RetryLater.onSchedule(),
                    List.of(StageOutcome.failed(Stage.READ, error)));
        }
    }

    private void renew(ClaimedEvent event) {
        try {
            if (inbox.renew(event.lease(), settings.lease()) instanceof LeaseWrite.LeaseLost) {
                log.log(Level.WARNING, "lost the lease on event {0} while processing it", event.lease().eventId());
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "could not renew the lease on event {0}: {1}", event.lease().eventId(), e.toString());
        }
    }

    private void done(Lease lease) {
        ScheduledFuture<?> renewal = inFlight.remove(lease);
        if (renewal != null) {
            renewal.cancel(false);
        }
        slots.release();
    }

    private static String describe(LeaseWrite release) {
        return switch (release) {
            case LeaseWrite.Written written -> "released";
            case LeaseWrite.LeaseLost lost -> "lease already lost";
        };
    }

    /** Events claimed and not yet finished: being processed or waiting their turn. */
    public int inFlight() {
        return inFlight.size();
    }

    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        try {
            dispatcher.join(settings.shutdownGrace().toMillis());
            List<Runnable> unstarted = new ArrayList<>();
            workers.getQueue().drainTo(unstarted);
            for (Runnable task : unstarted) {
                if (task instanceof Attempt attempt) {
                    Lease lease = attempt.event.lease();
                    LeaseWrite released = inbox.release(lease);
                    done(lease);
                    log.log(Level.INFO, "shutdown: gave back event {0} before it started ({1})", lease.eventId(),
                            describe(released));
                }
            }
            workers.shutdown();
            if (!workers.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                for (Lease lease : List.copyOf(inFlight.keySet())) {
                    log.log(Level.WARNING, "shutdown: gave back unfinished event {0} ({1})", lease.eventId(),
                            describe(inbox.release(lease)));
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
