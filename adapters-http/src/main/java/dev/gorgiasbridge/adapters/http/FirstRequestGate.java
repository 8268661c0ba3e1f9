package dev.gorgiasbridge.adapters.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds the requests that arrive on a fresh server until the first one has reached the routes' first
 * {@code before} handler ({@link #servletReady()}), then lets everything through in parallel.
 *
 * <p>Why: Javalin 7.2 initialises its servlet's configuration on the first request through a Kotlin lazy value
 * that is not thread-safe ({@code JavalinServlet.servletContextConfig}, {@code LazyThreadSafetyMode.NONE}).
 * Requests that arrived together on a fresh process (an instance restarted while Gorgias retries, a load
 * balancer adding it) raced on it and some were answered 500 with a {@code NullPointerException} from
 * {@code kotlin.UnsafeLazyImpl}. The value is set before any {@code before} handler runs, and only then are the
 * others let in (the latch makes it visible to them). The first request is not waited for beyond that point:
 * a first upload that stalls holds nobody, and after {@link #PATIENCE} the others go on regardless.
 */
final class FirstRequestGate implements Filter {
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final AtomicBoolean firstTaken = new AtomicBoolean();
    private final CountDownLatch ready = new CountDownLatch(1);

    /** The first request has passed Javalin's initialisation: every request may now run. */
    void servletReady() {
        ready.countDown();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ready.getCount() > 0) {
            if (firstTaken.compareAndSet(false, true)) {
                try {
                    chain.doFilter(request, response);
                } finally {
                    ready.countDown(); // also when it never reached a handler
                }
                return;
            }
            try {
                ready.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException("interrupted while the server was starting", e);
            }
        }
        chain.doFilter(request, response);
    }
}
