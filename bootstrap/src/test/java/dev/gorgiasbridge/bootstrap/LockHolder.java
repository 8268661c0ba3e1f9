package dev.gorgiasbridge.bootstrap;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run as a source-file program by DataDirectoryLockTest: locks the file named by its argument the way a
 * running service does, writes its process id into it, says "locked" and holds the lock until killed.
 */
final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            System.out.print("locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
