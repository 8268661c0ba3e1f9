package dev.gorgiasbridge.adapters.shopify;

import java.time.Duration;

/** Waits for Shopify's throttle bucket to refill; tests pass one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
        return Thread::sleep;
    }
}
