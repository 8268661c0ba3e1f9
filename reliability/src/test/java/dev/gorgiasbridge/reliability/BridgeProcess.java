package dev.gorgiasbridge.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service as operators run it: {@code java -jar gorgias-bridge.jar} in a JVM of its own, on a fixed
 * free port so it can be killed and started again at the same address. Its output goes to a log file
 * under target/reliability, which a failed start prints.
 */
final class BridgeProcess implements AutoCloseable {
    static final String TOKEN = "reliability-webhook-token-0123456789abcdef";
    static final String SECRET = "reliability-hmac-secret-0123456789abcdef";
    private static final Duration START_PATIENCE = Duration.ofSeconds(90);

    private static final String DEFAULT_HEAP = "384m";

    private final Map<String, String> environment;
    private final String maxHeap;
    private final int port;
    private final Path directory;
    private final Path log;
    private Process process;

    private BridgeProcess(String name, Map<String, String> environment, String maxHeap) {
        this.maxHeap = maxHeap;
        this.port = freePort();
        this.directory = Path.of(System.getProperty("reliability.work", "target/reliability"), name + "-" + port);
        this.log = directory.resolve("service.log");
        var env = new HashMap<>(environment);
        env.put("PORT", Integer.toString(port));
        env.putIfAbsent("GORGIAS_WEBHOOK_TOKEN", TOKEN);
        env.putIfAbsent("LOG_FORMAT", "text");
        this.environment = Map.copyOf(env);
    }

    /** Starts the jar and waits until /health/live answers. */
    static BridgeProcess start(String name, Map<String, String> environment) {
        return start(name, environment, DEFAULT_HEAP);
    }

    /** As above, in a JVM whose heap is at most {@code maxHeap} ({@code -Xmx} syntax, e.g. {@code 256m}). */
    static BridgeProcess start(String name, Map<String, String> environment, String maxHeap) {
        var bridge = new BridgeProcess(name, environment, maxHeap);
        bridge.startAgain();
        return bridge;
    }

    /** Starts the jar again on the same port (after a kill) and waits until it is live. */
    void startAgain() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try {
            Files.createDirectories(directory);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + maxHeap, "-XX:+UseSerialGC",
                    "-jar", jar().toString()));
            var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // Nothing from the test's own environment leaks in (a DATABASE_URL there would point elsewhere).
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().putAll(environment);
            process = builder.start();
            // A test that dies (or a JVM that exits) must not leave services running on the machine.
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            awaitLive();
        } catch (AssertionError notLive) {
            process.destroyForcibly();
            throw notLive;
        }
    }

    private void awaitLive() {
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (Http.get(uri("/health/live")).status() == 200) {
                return;
            }
            Pause.of(Duration.ofMillis(100));
        }
        throw new AssertionError("the service did not become live within " + START_PATIENCE + ":\n" + logTail());
    }

    /** Kills the JVM as {@code kill -9} does: no shutdown hook runs, nothing is given back. */
    void kill9() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    URI webhook() {
        return uri("/webhooks/gorgias/ticket?event=ticket-message-created");
    }

    String logTail() {
        try {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
            return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops the service as an operator would (SIGTERM), forcibly if it does not stop in time. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(25), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("gorgias.bridge.jar", "../bootstrap/target/gorgias-bridge.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("no service jar at " + jar.toAbsolutePath() + "; build it with ./mvnw -B verify");
        }
        return jar;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
