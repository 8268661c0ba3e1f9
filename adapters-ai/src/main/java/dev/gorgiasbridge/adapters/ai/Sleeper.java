package dev.gorgiasbridge.adapters.ai;

import java.time.Duration;

/** Waits before another attempt; tests pass one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
        return Thread::sleep;
    }
}
