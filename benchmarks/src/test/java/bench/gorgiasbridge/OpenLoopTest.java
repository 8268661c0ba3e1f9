package bench.gorgiasbridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generator's own promises: every request sent once on reused connections, and latency from the due time. */
class OpenLoopTest {
    private final List<String> bodies = new ArrayList<>();
    private final Map<Integer, Boolean> connections = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private HttpServer server;
    private volatile boolean closeEach;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sends_every_request_once_with_its_body_and_headers_over_kept_alive_connections() throws Exception {
        URI uri = serve(0, 0);

        Map<String, Object> result = OpenLoop.run(uri, Map.of("X-Bench", "yes"), 200, Duration.ofSeconds(1),
                n -> ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(result).containsEntry("requests", 200).containsEntry("errors", 0);
        assertThat(bodies).hasSize(200).doesNotHaveDuplicates().contains("{\"n\":0}", "{\"n\":199}");
        assertThat(connections.size()).isLessThanOrEqualTo(OpenLoop.CONNECTIONS);
    }

    @Test
    void a_server_that_closes_after_each_answer_gets_a_new_connection_per_request() throws Exception {
        closeEach = true;
        URI uri = serve(0, 0);

        Map<String, Object> result = OpenLoop.run(uri, Map.of("X-Bench", "yes"), 100, Duration.ofMillis(500),
                n -> ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(result).containsEntry("requests", 50).containsEntry("errors", 0);
        assertThat(bodies).hasSize(50).doesNotHaveDuplicates();
        assertThat(connections).hasSize(50);
    }

    @Test
    void a_stalled_server_is_charged_for_every_request_it_kept_waiting() throws Exception {
        // The server stops answering for 400 ms at the 100th request; meanwhile requests keep falling due.
        URI uri = serve(100, 400);

        Map<String, Object> result = OpenLoop.run(uri, Map.of(), 500, Duration.ofSeconds(2),
                n -> "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(result).containsEntry("errors", 0);
        // ~200 requests fall due during the stall and wait 0-400 ms: a generator that timed from the moment
        // it finally sent (coordinated omission) would see only the few in flight and a p95 of a few ms.
        assertThat((double) result.get("p95_ms")).isGreaterThanOrEqualTo(100);
        assertThat((double) result.get("max_ms")).isGreaterThanOrEqualTo(300);
    }

    /** A server answering 202 with a JSON body; at the {@code stallAt}-th request every handler waits {@code stallMillis}. */
    private URI serve(int stallAt, long stallMillis) throws IOException {
        var stall = new ReentrantLock();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/webhook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            connections.put(exchange.getRemoteAddress().getPort(), true);
            synchronized (bodies) {
                if ("yes".equals(exchange.getRequestHeaders().getFirst("X-Bench"))) {
                    bodies.add(new String(body, StandardCharsets.UTF_8));
                }
            }
            // Every answer passes the lock; the stalling request holds it, so nothing is answered meanwhile.
            stall.lock();
            try {
                if (answered.incrementAndGet() == stallAt) {
                    sleep(stallMillis);
                }
            } finally {
                stall.unlock();
            }
            byte[] answer = "{\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (closeEach) {
                exchange.getResponseHeaders().add("Connection", "close");
            }
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook?event=test");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
