package dev.gorgiasbridge.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Senders on virtual threads, each sending one request after another (with a pause between) until stopped,
 * the request budget is spent or the time limit passes, whichever comes first: every loop is bounded.
 * Every answer is kept, with the sequence number that built the request.
 */
final class SustainedLoad implements AutoCloseable {
    /** One request's fate: status -1 means no answer came (the connection failed or was cut). */
    record Sent(long sequence, Instant at, int status, Optional<String> eventId) {
    }

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final List<Thread> senders = new ArrayList<>();
    private final Duration maxDuration;

    /**
     * @param request builds and sends request number n, returning its answer
     */
    SustainedLoad(int senderCount, Duration pause, long maxRequests, Duration maxDuration, LongFunction<Http.Answer> request) {
        this.maxDuration = maxDuration;
        Instant deadline = Instant.now().plus(maxDuration);
        for (int i = 0; i < senderCount; i++) {
            senders.add(Thread.ofVirtual().name("load-" + i).start(() -> {
                while (!stopped.get() && Instant.now().isBefore(deadline) && !Thread.currentThread().isInterrupted()) {
                    long n = sequence.getAndIncrement();
                    if (n >= maxRequests) {
                        return;
                    }
                    Http.Answer answer = request.apply(n);
                    sent.add(new Sent(n, Instant.now(), answer.status(), answer.eventId()));
                    // A dead service refuses at once; the pause keeps a sender from spinning on it.
                    Pause.of(answer.answered() ? pause : pause.plusMillis(50));
                }
            }));
        }
    }

    /** Stops every sender and waits for their last requests; returns everything sent. */
    List<Sent> stop() {
        stopped.set(true);
        return finish();
    }

    /** Waits until the senders end by themselves (budget spent or time up); returns everything sent. */
    List<Sent> finish() {
        for (Thread sender : senders) {
            try {
                if (!sender.join(maxDuration.plusSeconds(30))) {
                    sender.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return List.copyOf(sent);
    }

    /** What has been sent so far (senders still running). */
    List<Sent> soFar() {
        return List.copyOf(sent);
    }

    @Override
    public void close() {
        stop();
    }
}
