package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

    @Test
    void a_failed_run_is_reported_and_does_not_end_the_schedule() {
        assertThatCode(() -> RetentionJob.run(() -> {
            throw new IllegalStateException("database unreachable");
        }, Duration.ofDays(30))).doesNotThrowAnyException();
    }
}
