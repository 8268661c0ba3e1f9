package dev.gorgiasbridge.application.stats.port.in;

import java.time.Duration;

/** Measures the staging success criteria over the window that ends now (docs/runbook.md). */
public interface MeasureSuccess {
    Duration MAX_WINDOW = Duration.ofDays(30);

    /** @throws IllegalArgumentException when the window is not between one minute and {@link #MAX_WINDOW} */
    SuccessReport measure(Duration window);
}
