package dev.gorgiasbridge.application.processing.port.out;

import java.util.Locale;

/** How a look-up in the order cache ended. */
public enum CacheLookup {
    HIT, MISS;

    public static CacheLookup of(boolean found) {
        return found ? HIT : MISS;
    }

    /** The metric label: {@code hit} or {@code miss}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
