package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.persistence.postgres.PostgresSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The development default when no DATABASE_URL is set: a PostgreSQL server started from binaries in
 * the jar, its data kept under {@code ./.data/postgres} so it survives restarts. PostgreSQL refuses to
 * run as root, so neither does this. One service at a time runs on the directory: a second one is told
 * that another is running ({@link DataDirectoryLock}) instead of failing somewhere inside PostgreSQL.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final Path DATA_DIRECTORY = Path.of(".data", "postgres");

    private final EmbeddedPostgres server;
    private final DataDirectoryLock lock;
    private final Path data;

    private EmbeddedDatabase(EmbeddedPostgres server, DataDirectoryLock lock, Path data) {
        this.server = server;
        this.lock = lock;
        this.data = data;
    }

    /** Thrown instead of starting when the process runs as root. */
    static final class RootRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RootRefused() {
            super("the embedded PostgreSQL cannot run as root. Run the service as an unprivileged user, "
                    + "or set DATABASE_URL to a PostgreSQL server (postgresql://user:pass@host:5432/db)");
        }
    }

    static EmbeddedDatabase start(Path workingDirectory) {
        if (runsAsRoot()) {
            throw new RootRefused();
        }
        Path data = workingDirectory.resolve(DATA_DIRECTORY).toAbsolutePath().normalize();
        DataDirectoryLock lock = DataDirectoryLock.acquire(data.getParent());
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start(), lock, data);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof IOException io ? new UncheckedIOException("could not start the embedded PostgreSQL in " + data, io)
                    : (RuntimeException) e;
        }
    }

    /** The absolute directory whose contents are the embedded database: delete it (service stopped) to start afresh. */
    Path dataDirectory() {
        return data;
    }

    PostgresSettings settings(int poolSize) {
        return new PostgresSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", "", poolSize,
                Duration.ofSeconds(5));
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"))
                || ProcessHandle.current().info().user().map("root"::equals).orElse(false);
    }

    @Override
    public void close() {
        try (lock) {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
