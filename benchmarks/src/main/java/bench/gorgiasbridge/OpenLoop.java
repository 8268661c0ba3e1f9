package bench.gorgiasbridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * An open-loop load generator (wrk2-style): requests leave on a fixed schedule whatever the answers do,
 * each on a virtual thread, and latency is measured from the intended send time, so a stalled server is
 * charged for the requests it kept waiting (no coordinated omission). At most {@link #CONNECTIONS}
 * requests are in flight, so the client reuses that many keep-alive connections instead of opening one
 * per request: a request waiting for a connection is still charged from its intended time.
 */
final class OpenLoop {
    static final int CONNECTIONS = 64;

    private OpenLoop() {
    }

    static Map<String, Object> run(URI uri, Map<String, String> headers, double rate, Duration duration,
                                   LongFunction<byte[]> body) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        int total = (int) Math.round(rate * duration.toMillis() / 1000.0);
        long[] latencies = new long[total];
        var connections = new java.util.concurrent.Semaphore(CONNECTIONS);
        var errors = new AtomicInteger();
        var ok = new AtomicInteger();
        long interval = Math.round(1_000_000_000.0 / rate);
        long start = System.nanoTime();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long intended = start + i * interval;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int n = i;
                var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.apply(n)));
                headers.forEach(builder::header);
                HttpRequest request = builder.build();
                senders.submit(() -> {
                    try {
                        connections.acquire();
                        try {
                            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            (status / 100 == 2 ? ok : errors).incrementAndGet();
                        } finally {
                            connections.release();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[n] = (System.nanoTime() - intended) / 1000;
                });
            }
            senders.shutdown();
            senders.awaitTermination(60, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var out = new LinkedHashMap<String, Object>();
        out.put("target_rps", Math.round(rate));
        out.put("requests", total);
        out.put("achieved_rps", Math.round(ok.get() / seconds));
        out.put("errors", errors.get());
        out.putAll(Latencies.summary(latencies));
        return out;
    }
}
