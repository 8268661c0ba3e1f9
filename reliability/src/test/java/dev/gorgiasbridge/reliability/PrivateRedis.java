package dev.gorgiasbridge.reliability;

import dev.gorgiasbridge.adapters.persistence.testing.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A redis-server of the test's own on a free port, which the test may kill and start again on the same
 * port; stopping the shared one would disturb everything else. Needs redis-server, which scripts/test installs.
 */
final class PrivateRedis implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/bin/redis-server");
    private final int port = BridgeProcess.freePort();
    private Process process;

    static PrivateRedis start() {
        if (!Files.isExecutable(BINARY)) {
            TestServices.unavailable("redis-server", "not installed at " + BINARY);
        }
        var redis = new PrivateRedis();
        redis.startAgain();
        return redis;
    }

    void startAgain() {
        try {
            process = new ProcessBuilder(BINARY.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (var probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Pause.of(Duration.ofMillis(50));
            }
        }
        process.destroyForcibly();
        TestServices.unavailable("redis-server on port " + port, "did not start");
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server as a crash would. */
    void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
