package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gate in front of Javalin's servlet (see {@link FirstRequestGate} for the race it closes; the race itself
 * is too narrow to reproduce on demand, it showed as a 500 in the kill -9 reliability test).
 */
class FirstRequestGateTest {
    private final FirstRequestGate gate = new FirstRequestGate();
    private final AtomicInteger inside = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final FilterChain holdsUntilReleased = (request, response) -> {
        inside.incrementAndGet();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    private Thread request() {
        return Thread.ofPlatform().start(() -> {
            try {
                gate.doFilter(null, null, holdsUntilReleased);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void requests_wait_until_the_first_has_passed_the_servlet_s_initialisation() throws InterruptedException {
        Thread first = request();
        await().until(() -> inside.get() == 1);

        Thread second = request();
        await().until(() -> second.getState() == Thread.State.TIMED_WAITING);
        assertThat(inside).as("the second waits for the first").hasValue(1);

        gate.servletReady();
        await().until(() -> inside.get() == 2);
        assertThat(first.isAlive()).as("a stalled first request holds nobody once the servlet is ready").isTrue();

        release.countDown();
        first.join();
        second.join();
    }

    @Test
    void a_first_request_that_ends_before_any_handler_still_lets_the_others_in() throws Exception {
        gate.doFilter(null, null, (request, response) -> { });

        Thread one = request();
        Thread two = request();
        await().until(() -> inside.get() == 2);

        release.countDown();
        one.join();
        two.join();
    }
}
