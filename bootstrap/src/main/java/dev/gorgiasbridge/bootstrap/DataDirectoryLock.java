package dev.gorgiasbridge.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claim one service process holds on the embedded database's directory while it runs: an OS file
 * lock on {@code gorgias-bridge.lock} holding the owner's process id. The operating system drops the lock
 * when the process dies, however it dies, so a stale file never blocks a restart.
 */
final class DataDirectoryLock implements AutoCloseable {
    static final String FILE_NAME = "gorgias-bridge.lock";

    // Closing any channel on a locked file releases the process's lock on it (POSIX), so a second claim
    // from this same process must be refused before a channel is opened.
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another process (or another service in this one) already runs on the directory. */
    static final class AlreadyRunning extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyRunning(Path directory, String owner) {
            super("another Gorgias Bridge" + owner + " is already running on the embedded database in " + directory
                    + ". Stop it first (Ctrl-C in its terminal), or give this one its own DATABASE_URL");
        }
    }

    /** Claims {@code directory} (created when missing) for this process. */
    static DataDirectoryLock acquire(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            directory = directory.toRealPath();
            if (!HELD.add(directory)) {
                throw new AlreadyRunning(directory, " (in this process)");
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String owner = owner(file);
                channel.close();
                HELD.remove(directory);
                throw new AlreadyRunning(directory, owner);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new DataDirectoryLock(directory, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(directory);
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    /** " (process 1234)" from the lock file, or nothing when it cannot be read. */
    private static String owner(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock was never taken
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            HELD.remove(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock on the embedded database", e);
        }
    }
}
