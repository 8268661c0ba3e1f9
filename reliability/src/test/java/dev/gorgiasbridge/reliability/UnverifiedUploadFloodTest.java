package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Signed uploads nobody can verify yet, as an attacker sends them: 300 that stall after a few bytes (from
 * the real sender's own address) and 220 senders of 1 MiB bodies in parallel (each from an address of its
 * own, behind a trusted proxy, so the per-address limit does not stop them all), against a service with a
 * 256 MiB heap. The real sender's token-authenticated webhooks are answered within 2 s throughout, and the process
 * survives: bodies are read before authentication only within WEBHOOK_MAX_UNVERIFIED_BYTES, the rest are
 * refused before reading, and stalled ones are given up on after WEBHOOK_BODY_TIMEOUT_SECONDS.
 */
class UnverifiedUploadFloodTest {
    private static final int STALLED = 300;
    private static final int PARALLEL_UPLOADERS = 220;
    private static final int ONE_MIB = 1_048_576;
    private static final Duration FLOOD = Duration.ofSeconds(12);
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration UPLOAD_INTERVAL = Duration.ofSeconds(1);
    private static final int SLICE = 64 * 1024;
    private static final Duration SLICE_PAUSE = Duration.ofMillis(150);

    /** One legitimate delivery during the flood: its status (-1 without an answer) and how long it took. */
    private record Delivery(int status, Duration took) {
    }

    @Test
    void stalled_and_parallel_1_mib_signed_uploads_neither_delay_the_real_sender_nor_exhaust_a_256_mib_heap() throws Exception {
        try (var postgres = TestPostgres.create("unverified")) {
            var env = Map.of("DATABASE_URL", postgres.databaseUrl(), "WORKER_CONCURRENCY", "0",
                    "GORGIAS_WEBHOOK_SECRET", BridgeProcess.SECRET, "WEBHOOK_BODY_TIMEOUT_SECONDS", "5",
                    "TRUSTED_PROXIES", "127.0.0.1");
            try (var bridge = BridgeProcess.start("unverified", env, "256m")) {
                var running = new AtomicBoolean(true);
                var uploads = new AtomicLong();
                List<Socket> stalled = new ArrayList<>();
                List<Thread> uploaders = new ArrayList<>();
                var real = new ConcurrentLinkedQueue<Delivery>();
                // The real sender has delivered before: the service is warm when the flood starts.
                assertThat(Http.deliver(bridge.webhook(), Deliveries.customerMessage(47_999_999L, 48_999_999L)).status())
                        .isEqualTo(202);
                try {
                    byte[] big = new byte[ONE_MIB];
                    Arrays.fill(big, (byte) 'x');
                    for (int i = 0; i < PARALLEL_UPLOADERS; i++) {
                        String address = "203.0.113." + i;
                        uploaders.add(Thread.ofVirtual().start(() -> {
                            while (running.get()) {
                                upload(bridge, big, address);
                                uploads.incrementAndGet();
                                // A new upload every second per sender: 220 in flight at once, not a busy loop
                                // that would measure this machine's spare CPU rather than the service.
                                Pause.of(UPLOAD_INTERVAL);
                            }
                        }));
                    }
                    // The uploads first, all at once (a heap's worth of bodies), then the stalled ones (the threads).
                    Pause.of(Duration.ofMillis(500));
                    for (int i = 0; i < STALLED; i++) {
                        stalled.add(stalledUpload(bridge));
                    }
                    long end = System.nanoTime() + FLOOD.toNanos();
                    for (long n = 0; System.nanoTime() < end; n++) {
                        long started = System.nanoTime();
                        var answer = Http.deliver(bridge.webhook(), Deliveries.customerMessage(48_000_000L + n, 49_000_000L + n));
                        real.add(new Delivery(answer.status(), Duration.ofNanos(System.nanoTime() - started)));
                        Pause.of(Duration.ofMillis(200));
                    }
                } finally {
                    running.set(false);
                    stalled.forEach(UnverifiedUploadFloodTest::closeQuietly);
                    for (Thread uploader : uploaders) {
                        uploader.join(Duration.ofSeconds(20));
                    }
                }

                assertThat(real).hasSizeGreaterThan(20).extracting(Delivery::status).containsOnly(202);
                assertThat(real).allSatisfy(delivery -> assertThat(delivery.took()).isLessThan(DEADLINE));
                assertThat(uploads.get()).as("the flood ran").isGreaterThan(PARALLEL_UPLOADERS);
                assertThat(bridge.alive()).as(bridge.logTail()).isTrue();
                assertThat(Http.get(bridge.uri("/health/live")).status()).isEqualTo(200);
                assertThat(bridge.logTail()).doesNotContain("OutOfMemoryError");
                assertThat(Database.of(postgres).count("SELECT count(*) FROM webhook_events")).isEqualTo(real.size() + 1);
            }
        }
    }

    private static String head(BridgeProcess bridge, long contentLength, String forwardedFor) {
        String signature = HexFormat.of().formatHex(new byte[32]); // well-formed, but signed by nobody
        return "POST " + bridge.webhook().getRawPath() + "?" + bridge.webhook().getRawQuery() + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n"
                + (forwardedFor.isEmpty() ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                + "X-Gorgias-Signature: sha256=" + signature + "\r\n\r\n";
    }

    /** Headers declaring 1 MiB, the first bytes of the body, then nothing: the connection is left open. */
    private static Socket stalledUpload(BridgeProcess bridge) throws IOException {
        var socket = new Socket(InetAddress.getLoopbackAddress(), bridge.webhook().getPort());
        OutputStream out = socket.getOutputStream();
        out.write(head(bridge, ONE_MIB, "").getBytes(StandardCharsets.US_ASCII));
        out.write("{\"ticket\":{\"id\":1,\"subject\":\"".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /**
     * A whole 1 MiB signed body, sent in slices over a couple of seconds so that all the uploads are being
     * received at the same time; whatever the server answers, or if it hangs up.
     */
    private static void upload(BridgeProcess bridge, byte[] body, String forwardedFor) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), bridge.webhook().getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head(bridge, body.length, forwardedFor).getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < body.length; offset += SLICE) {
                out.write(body, offset, Math.min(SLICE, body.length - offset));
                out.flush();
                Pause.of(SLICE_PAUSE);
            }
            socket.getInputStream().read();
        } catch (IOException refusedOrCut) {
            // Refused before reading (503, 429) with the connection closed under the upload: as intended.
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the server may have closed it first
        }
    }
}
