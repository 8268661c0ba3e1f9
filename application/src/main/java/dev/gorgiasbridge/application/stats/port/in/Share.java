package dev.gorgiasbridge.application.stats.port.in;

import java.util.Optional;

/** A success criterion's two sides: how many went well and how many did not. */
public record Share(long succeeded, long failed) {

    /** The share that went well, from 0 to 1; empty when nothing was counted. */
    public Optional<Double> rate() {
        long total = succeeded + failed;
        return total == 0 ? Optional.empty() : Optional.of((double) succeeded / total);
    }
}
