package dev.gorgiasbridge.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth.Status;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachedProbeTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));

    private static HealthProbe probe(Supplier<ComponentHealth> answer) {
        return new HealthProbe() {
            @Override
            public String component() {
                return "database";
            }

            @Override
            public boolean required() {
                return true;
            }

            @Override
            public ComponentHealth probe() {
                return answer.get();
            }
        };
    }

    @Test
    void an_answer_is_reused_while_fresh_and_checked_again_after() {
        AtomicInteger checks = new AtomicInteger();
        var cached = new CachedProbe(probe(() -> {
            checks.incrementAndGet();
            return ComponentHealth.up(Duration.ofMillis(1), Map.of());
        }), Duration.ofSeconds(2), clock);

        for (int i = 0; i < 100; i++) {
            cached.probe();
        }
        clock.advance(Duration.ofSeconds(2));
        cached.probe();

        assertThat(checks).hasValue(2);
        assertThat(cached.component()).isEqualTo("database");
        assertThat(cached.required()).isTrue();
    }

    @Test
    void while_one_caller_refreshes_a_stale_answer_the_others_get_the_previous_one_without_waiting() throws Exception {
        var firstDone = new AtomicInteger();
        var refreshStarted = new CountDownLatch(1);
        var releaseRefresh = new CountDownLatch(1);
        var cached = new CachedProbe(probe(() -> {
            if (firstDone.getAndIncrement() == 0) {
                return ComponentHealth.up(Duration.ofMillis(1), Map.of());
            }
            refreshStarted.countDown();
            try {
                releaseRefresh.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ComponentHealth.down(Duration.ZERO, "PostgreSQL did not answer");
        }), Duration.ofSeconds(2), clock);
        cached.probe();
        clock.advance(Duration.ofSeconds(3));

        var refreshing = CompletableFuture.supplyAsync(cached::probe);
        assertThat(refreshStarted.await(10, TimeUnit.SECONDS)).isTrue();
        var meanwhile = cached.probe();
        releaseRefresh.countDown();

        assertThat(meanwhile.status()).isEqualTo(Status.UP);
        assertThat(refreshing.get(10, TimeUnit.SECONDS).status()).isEqualTo(Status.DOWN);
        assertThat(cached.probe().status()).as("the refreshed answer is kept").isEqualTo(Status.DOWN);
    }
}
