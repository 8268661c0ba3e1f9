package dev.gorgiasbridge.adapters.gorgias;

import java.time.Duration;

/** Waits before a retry or for the rate limit; injected so that tests record waits instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return Thread::sleep;
    }
}
