package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.application.operations.ReplayEventsService;
import dev.gorgiasbridge.application.operations.port.in.ReceivedRange;
import dev.gorgiasbridge.application.operations.port.in.ReplayEvents;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code replay EVENT-ID} or {@code replay --dead --from INSTANT --to INSTANT}: makes stored events due
 * again; a running worker picks them up. The note's external id keeps a replay from posting twice.
 */
final class ReplayCommand {
    private ReplayCommand() {
    }

    static int run(String[] args, Settings settings, Path workingDirectory, PrintStream out, PrintStream err) {
        List<String> words = List.of(args);
        try (var database = GorgiasBridge.openDatabase(settings, workingDirectory)) {
            database.postgres().migrate();
            ReplayEvents replay = new ReplayEventsService(database.postgres().eventInbox());
            if (words.size() == 1 && !words.getFirst().startsWith("--")) {
                var result = replay.replay(EventId.parse(words.getFirst()));
                out.println("event " + words.getFirst() + ": " + switch (result) {
                    case REPLAYED -> "replayed; a worker will process it again";
                    case NOT_FOUND -> "not found";
                    case IN_FLIGHT -> "being processed right now; try again when it has finished";
                    case PAYLOAD_PURGED -> "not replayed: its payload was deleted (retention period over, or the "
                            + "customer's data erased on request), so there is nothing left to process";
                });
                return switch (result) {
                    case REPLAYED, IN_FLIGHT -> Main.OK;
                    case NOT_FOUND, PAYLOAD_PURGED -> Main.FAILURE;
                };
            }
            if (words.size() == 5 && words.get(0).equals("--dead") && words.get(1).equals("--from") && words.get(3).equals("--to")) {
                int count = replay.replayDead(new ReceivedRange(Instant.parse(words.get(2)), Instant.parse(words.get(4))));
                out.println(count + " dead event(s) replayed; a worker will process them again (dead events whose "
                        + "payload was deleted are left out)");
                return Main.OK;
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("replay: " + e.getMessage());
            return Main.USAGE;
        }
        err.println("usage: replay EVENT-ID | replay --dead --from INSTANT --to INSTANT");
        return Main.USAGE;
    }
}
