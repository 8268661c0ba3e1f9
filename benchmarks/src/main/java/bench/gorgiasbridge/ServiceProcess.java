package bench.gorgiasbridge;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A JVM process under test (the service jar or the bare baseline): started, timed to ready, measured, stopped. */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Process process;
    /** Milliseconds from spawning the JVM to the first 200 from /health/ready. */
    final long readyMillis;

    private ServiceProcess(int port, Process process, long readyMillis) {
        this.port = port;
        this.process = process;
        this.readyMillis = readyMillis;
    }

    /** The service as scripts/run and the container start it: the default JVM options, then the jar. */
    static List<String> serviceArgs(Path repo, Path jar) {
        return List.of("@" + repo.resolve("scripts/jvm.options"), "-jar", jar.toString());
    }

    static ServiceProcess start(List<String> javaArgs, Map<String, String> env, Path log) throws IOException, InterruptedException {
        int port = freePort();
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArgs);
        if (command.getLast().equals("PORT")) {
            command.set(command.size() - 1, Integer.toString(port));
        }
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("REDIS_")
                || k.startsWith("GORGIAS_") || k.startsWith("SHOPIFY_") || k.equals("WORKER_CONCURRENCY"));
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        long started = System.nanoTime();
        Process process = builder.start();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        long deadline = started + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("process exited; see " + log);
            }
            try {
                if (CLIENT.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServiceProcess(port, process, (System.nanoTime() - started) / 1_000_000);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IOException("not ready within 120 s; see " + log);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Resident memory in MiB, from /proc/PID/status (VmRSS now, VmHWM the peak). */
    double memory(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 102.4) / 10.0;
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
