package dev.gorgiasbridge.reliability;

import java.time.Duration;

/** Sleeps without a checked exception; an interrupt is kept and ends the caller's bounded loop. */
final class Pause {
    private Pause() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
