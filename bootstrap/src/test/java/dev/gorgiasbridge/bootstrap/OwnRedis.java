package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.persistence.testing.TestServices;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A Redis server of the test's own, on a free port, that the test may stop: stopping the shared one
 * would disturb everything else. Needs {@code redis-server}, which scripts/test installs.
 */
final class OwnRedis implements AutoCloseable {
    private final Process process;
    private final int port;

    private OwnRedis(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static OwnRedis start() throws IOException, InterruptedException {
        Path binary = Path.of("/usr/bin/redis-server");
        if (!Files.isExecutable(binary)) {
            TestServices.unavailable("redis-server", "not installed at " + binary);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (var probe = new Socket("127.0.0.1", port)) {
                return new OwnRedis(process, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        TestServices.unavailable("redis-server on port " + port, "did not start");
        throw new IllegalStateException("unreachable");
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server as a crash would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
