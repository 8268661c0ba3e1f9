package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {
    @TempDir
    Path dir;

    @Test
    void a_second_service_on_the_same_data_is_told_another_one_is_running_until_the_first_stops() throws Exception {
        Path data = dir.resolve(".data");
        try (var first = DataDirectoryLock.acquire(data)) {
            assertThat(Files.readString(data.resolve(DataDirectoryLock.FILE_NAME), StandardCharsets.US_ASCII).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));

            assertThatThrownBy(() -> DataDirectoryLock.acquire(data))
                    .isInstanceOf(DataDirectoryLock.AlreadyRunning.class)
                    .hasMessageContaining("another Gorgias Bridge")
                    .hasMessageContaining("already running on the embedded database in " + data.toRealPath())
                    .hasMessageContaining("DATABASE_URL");
        }
        try (var again = DataDirectoryLock.acquire(data)) {
            assertThat(data.resolve(DataDirectoryLock.FILE_NAME)).exists();
        }
    }

    @Test
    void a_lock_held_by_another_process_is_refused_with_that_process_id() throws Exception {
        Path data = Files.createDirectories(dir.resolve(".data"));
        Path file = data.resolve(DataDirectoryLock.FILE_NAME);
        Files.writeString(file, "4242\n");
        // A second JVM holds the lock the way a running service does.
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("src", "test", "java", "dev", "gorgiasbridge", "bootstrap", "LockHolder.java").toString(),
                file.toString()).redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6), StandardCharsets.US_ASCII)).isEqualTo("locked");

            assertThatThrownBy(() -> DataDirectoryLock.acquire(data))
                    .isInstanceOf(DataDirectoryLock.AlreadyRunning.class)
                    .hasMessageContaining("(process " + holder.pid() + ")");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        try (var mine = DataDirectoryLock.acquire(data)) {
            assertThat(Files.readString(file).strip()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
