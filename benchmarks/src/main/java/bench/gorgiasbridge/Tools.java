package bench.gorgiasbridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the external tools (wrk, pgbench, lscpu) and returns what they printed. */
final class Tools {
    private Tools() {
    }

    static String run(List<String> command, Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("bench-tool-", ".out");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The last line of wrk's output that is a JSON object (printed by bench/wrk/webhook.lua's done()). */
    static String lastJsonLine(String text) {
        String found = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("{")) {
                found = line.strip();
            }
        }
        if (found == null) {
            throw new IllegalStateException("no JSON line in:\n" + text);
        }
        return found;
    }
}
