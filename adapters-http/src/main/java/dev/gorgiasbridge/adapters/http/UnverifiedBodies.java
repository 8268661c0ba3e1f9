package dev.gorgiasbridge.adapters.http;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory budget for bodies being read before their sender is known: what a signed request's body
 * may take before its signature is checked. A request reserves its declared length (or the largest body,
 * when it declares none) before a byte is read, and gives it back once its signature is checked. When
 * the budget is spent the request is refused at once, so a flood of large or stalled uploads holds at
 * most the budget, never the heap.
 */
final class UnverifiedBodies {
    private final long budget;
    private final AtomicLong reserved = new AtomicLong();

    UnverifiedBodies(long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("the budget must be positive");
        }
        this.budget = budget;
    }

    /** Reserves {@code bytes} of the budget, or nothing when they do not fit now. */
    Optional<Reservation> tryReserve(long bytes) {
        if (bytes < 0 || bytes > budget) {
            return Optional.empty();
        }
        long current;
        do {
            current = reserved.get();
            if (current + bytes > budget) {
                return Optional.empty();
            }
        } while (!reserved.compareAndSet(current, current + bytes));
        return Optional.of(new Reservation(bytes));
    }

    /** Bytes reserved right now. */
    long reserved() {
        return reserved.get();
    }

    /** A share of the budget, given back once when closed. */
    final class Reservation implements AutoCloseable {
        private final long bytes;
        private boolean released;

        private Reservation(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                reserved.addAndGet(-bytes);
            }
        }
    }
}
