package bench.gorgiasbridge;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * An open-loop load generator (wrk2's model): request {@code i} is due at {@code start + i / rate} whatever
 * the answers do, and its latency is measured from that due time, so a stalled server is charged for every
 * request it kept waiting (no coordinated omission).
 *
 * <p>It is deliberately lean, because on a two-core machine it competes with the service for CPU: every
 * request is encoded before the clock starts, and a fixed set of platform threads each own one keep-alive
 * connection and speak just enough HTTP/1.1 to read a response with a Content-Length. A request that finds
 * every connection busy waits for one and is still charged from its due time.
 */
final class OpenLoop {
    static final int CONNECTIONS = 32;

    private OpenLoop() {
    }

    static Map<String, Object> run(URI uri, Map<String, String> headers, double rate, Duration duration,
                                   LongFunction<byte[]> body) throws InterruptedException {
        int total = (int) Math.round(rate * duration.toMillis() / 1000.0);
        byte[][] requests = new byte[total][];
        for (int i = 0; i < total; i++) {
            requests[i] = encode(uri, headers, body.apply(i));
        }
        long[] latencies = new long[total];
        var next = new AtomicInteger();
        var errors = new AtomicInteger();
        var ok = new AtomicInteger();
        long interval = Math.round(1_000_000_000.0 / rate);
        var address = new InetSocketAddress(uri.getHost(), uri.getPort());
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            connections.add(Thread.ofPlatform().daemon().name("open-loop-" + c).start(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    int status = -1;
                    try {
                        if (connection != null && connection.closing()) {
                            connection.close();
                            connection = null;
                        }
                        if (connection == null) {
                            connection = new Connection(address);
                        }
                        status = connection.exchange(requests[i]);
                    } catch (IOException e) {
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    // Only answered successes go into the percentiles; failures are counted on their own.
                    if (status / 100 == 2) {
                        ok.incrementAndGet();
                        latencies[i] = (System.nanoTime() - due) / 1000;
                    } else {
                        errors.incrementAndGet();
                        latencies[i] = FAILED;
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }));
        }
        long deadline = System.nanoTime() + duration.plusSeconds(60).toNanos();
        for (Thread connection : connections) {
            connection.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        if (connections.stream().anyMatch(Thread::isAlive)) {
            connections.forEach(Thread::interrupt);
            throw new IllegalStateException("the server kept requests unanswered past the run's end; no result");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var out = new LinkedHashMap<String, Object>();
        out.put("target_rps", Math.round(rate));
        out.put("requests", total);
        out.put("achieved_rps", Math.round(ok.get() / seconds));
        out.put("errors", errors.get());
        out.putAll(Latencies.summary(java.util.Arrays.stream(latencies).filter(l -> l != FAILED).toArray()));
        return out;
    }

    /** Marks a request that got no successful answer: kept out of the percentiles, counted as an error. */
    private static final long FAILED = -1;

    private static byte[] encode(URI uri, Map<String, String> headers, byte[] body) {
        var head = new StringBuilder()
                .append("POST ").append(uri.getRawPath()).append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                .append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort())
                .append("\r\nContent-Length: ").append(body.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] top = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[top.length + body.length];
        System.arraycopy(top, 0, request, 0, top.length);
        System.arraycopy(body, 0, request, top.length, body.length);
        return request;
    }

    /** One keep-alive HTTP/1.1 connection: writes a request, reads the status, headers and body of the answer. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean closeAfter;

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(address, 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        /** True once the server said it closes the connection after its answer. */
        boolean closing() {
            return closeAfter;
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            try {
                String statusLine = line();
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                    throw new IOException("not an HTTP/1.x status line: " + statusLine);
                }
                int status = Integer.parseInt(statusLine.substring(9, 12));
                long length = -1;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    int colon = header.indexOf(':');
                    if (colon < 0) {
                        throw new IOException("not a header: " + header);
                    }
                    String name = header.substring(0, colon).trim();
                    String value = header.substring(colon + 1).trim().toLowerCase(java.util.Locale.ROOT);
                    if (name.equalsIgnoreCase("Content-Length")) {
                        length = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("Connection") && java.util.Arrays.stream(value.split(","))
                            .anyMatch(token -> token.strip().equals("close"))) {
                        closeAfter = true;
                    } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                        throw new IOException("chunked answers are not expected from the webhook endpoint");
                    }
                }
                if (length < 0) {
                    throw new IOException("an answer without Content-Length");
                }
                in.skipNBytes(length);
                return status;
            } catch (NumberFormatException e) {
                throw new IOException("unreadable answer: " + e.getMessage(), e);
            }
        }

        private String line() throws IOException {
            var text = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (b != '\r') {
                    text.append((char) b);
                }
            }
            return text.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that failed; nothing to report
            }
        }
    }
}
