package dev.gorgiasbridge.reliability;

import dev.gorgiasbridge.adapters.persistence.testing.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb, pg_ctl) on a free port with its data under /tmp, which
 * the test may stop and start: stopping the machine's shared server would break everyone else. As root
 * the binaries run as the {@code postgres} OS user, because PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    static PrivatePostgres start() {
        Path bin = binaries();
        Path data;
        try {
            data = Files.createTempDirectory("gb-reliability-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var postgres = new PrivatePostgres(bin, data, BridgeProcess.freePort());
        if (ROOT) {
            postgres.run(List.of("chown", "postgres:postgres", data.toString()), false);
        }
        postgres.run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("cluster").toString(),
                "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"), true);
        postgres.startAgain();
        return postgres;
    }

    /** Starts the server (again) on the same port and waits until it accepts connections. */
    void startAgain() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-t", "60",
                "-l", data.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data
                        + " -c max_connections=60 -c fsync=on", "start"), true);
    }

    /** Stops the server the hard way, as a crash or a failover would: connections drop mid-transaction. */
    void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-m",
                "immediate", "stop"), true);
    }

    String databaseUrl() {
        return "postgresql://postgres@127.0.0.1:" + port + "/postgres";
    }

    Database database() {
        return new Database("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-m",
                    "immediate", "stop"), false);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not remove " + data + ": " + e);
            }
        }
    }

    private void run(List<String> command, boolean mustSucceed) {
        List<String> full = new ArrayList<>();
        if (ROOT && !command.getFirst().equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            // To a file, not a pipe: the server pg_ctl starts could keep a pipe open after pg_ctl exits.
            Path output = data.resolve("commands.log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            boolean done = process.waitFor(90, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            if (mustSucceed && (!done || process.exitValue() != 0)) {
                throw new AssertionError(String.join(" ", full) + " failed:\n" + Files.readString(output) + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverLog() {
        try {
            Path log = data.resolve("server.log");
            return Files.exists(log) ? "\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The newest /usr/lib/postgresql/VERSION/bin with initdb and pg_ctl; fails in CI, aborts locally when missing. */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            var found = versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
            if (found.isPresent()) {
                return found.get();
            }
        } catch (IOException | RuntimeException e) {
            // Not installed at all: reported below.
        }
        TestServices.unavailable("PostgreSQL server binaries (initdb, pg_ctl)", "not found under /usr/lib/postgresql/*/bin");
        throw new IllegalStateException("unreachable");
    }
}
