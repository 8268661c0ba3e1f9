package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.bootstrap.config.EnvironmentFile;
import dev.gorgiasbridge.bootstrap.config.InvalidSettingsException;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import dev.gorgiasbridge.bootstrap.observability.Logging;
import dev.gorgiasbridge.bootstrap.observability.Redactions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar gorgias-bridge.jar [serve|migrate|replay|purge|token|doctor|help]}. Settings come from the environment, over a
 * {@code .env} file in the working directory when there is one.
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);
    static final int OK = 0;
    static final int USAGE = 64;
    static final int CONFIGURATION = 78;
    static final int FAILURE = 1;
    /** Another service already runs on the embedded database (EX_TEMPFAIL: try again once it stopped). */
    static final int IN_USE = 75;
    private static final String USAGE_TEXT = """
            usage: java -jar gorgias-bridge.jar [command]
              serve     migrate the database, then serve HTTP (the default)
              migrate   apply database migrations and exit
              replay EVENT-ID
                        process one stored event again (its note is not posted twice)
              replay --dead --from INSTANT --to INSTANT
                        process again every dead event received in [from, to), e.g.
                        replay --dead --from 2026-11-01T00:00:00Z --to 2026-11-02T00:00:00Z
              purge --customer EMAIL
                        erase one customer's data on request: customer, tickets, notes and
                        their events' payloads; prints what was removed
              demo [--once]
                        try it locally: stand-ins for Gorgias and Shopify serve the samples, the
                        sample webhook goes in, the note it produced is printed; --once then exits
              token --subject NAME [--ttl 1h]
                        print an admin API token for this APP_ENV (lifetime at most 24h)
              doctor [--json] [--env development|staging|production]
                        run the go-live checklist; exit status 0 only when nothing fails.
                        Judged by staging rules unless APP_ENV or --env says otherwise
              help      show this text
            Configuration comes from environment variables and ./.env; see .env.example.""";

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), Path.of(""), System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    static int run(String[] args, Map<String, String> environment, Path workingDirectory, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        if (command.equals("help") || command.equals("--help") || command.equals("-h")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (!List.of("serve", "migrate", "replay", "purge", "token", "doctor", "demo").contains(command)) {
            err.println("unknown command: " + command);
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Map<String, String> merged = EnvironmentFile.overlay(environment, workingDirectory.resolve(".env"));
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        if (command.equals("doctor")) {
            // The doctor reports the settings' problems instead of refusing them.
            try {
                return DoctorCommand.run(rest, merged, workingDirectory, out, err);
            } catch (IllegalArgumentException e) {
                err.println("doctor: " + e.getMessage());
                return USAGE;
            }
        }
        if (command.equals("demo")) {
            // The demo reads the settings itself, once its stand-ins for Gorgias and Shopify listen.
            // Its settings are the stand-ins' own; shapes of credentials are still masked.
            return guarded(command, err, text -> text, () -> DemoCommand.run(rest, merged, workingDirectory, out, err));
        }
        SettingsReader.Loaded loaded;
        try {
            loaded = SettingsReader.load(merged);
        } catch (InvalidSettingsException e) {
            err.println(e.getMessage());
            return CONFIGURATION;
        }
        Settings settings = loaded.settings();
        Logging.configure(settings, GorgiasBridge.version());
        // The token command's standard output is the token alone.
        loaded.warnings().forEach(command.equals("token") ? line -> err.println("gorgias-bridge: " + line) : log::warn);
        return guarded(command, err, Redactions.of(settings)::redact, () -> switch (command) {
            case "migrate" -> migrate(settings, workingDirectory, out);
            case "replay" -> ReplayCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), settings,
                    workingDirectory, out, err);
            case "purge" -> PurgeCommand.run(rest, settings, workingDirectory, out, err);
            case "token" -> TokenCommand.run(rest, settings, out, err);
            default -> serve(settings, workingDirectory, merged);
        });
    }

    /** Runs a command, turning what stops it into one line on standard error and the exit status. */
    private static int guarded(String command, PrintStream err, java.util.function.UnaryOperator<String> mask,
                               java.util.function.IntSupplier body) {
        try {
            return body.getAsInt();
        } catch (InvalidSettingsException e) {
            err.println(e.getMessage());
            return CONFIGURATION;
        } catch (EmbeddedDatabase.RootRefused e) {
            err.println("gorgias-bridge: " + e.getMessage());
            return CONFIGURATION;
        } catch (DataDirectoryLock.AlreadyRunning e) {
            err.println("gorgias-bridge: " + e.getMessage());
            return IN_USE;
        } catch (RuntimeException e) {
            // A driver's message may quote a URL or a credential: masked like every log line.
            err.println("gorgias-bridge: " + command + " failed: " + mask.apply(String.valueOf(e.getMessage())));
            return FAILURE;
        }
    }

    private static int migrate(Settings settings, Path workingDirectory, PrintStream out) {
        try (var database = GorgiasBridge.openDatabase(settings, workingDirectory)) {
            out.println(database.postgres().migrate().describe());
            return OK;
        }
    }

    private static int serve(Settings settings, Path workingDirectory, Map<String, String> environment) {
        awaitShutdown(GorgiasBridge.start(settings, workingDirectory, environment));
        return OK;
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then closes what runs, in this order. */
    static void awaitShutdown(AutoCloseable... running) {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AutoCloseable resource : running) {
                try {
                    resource.close();
                } catch (Exception e) {
                    log.warn("error while shutting down: {}", e.toString());
                }
            }
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
