package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.http.AdminTokens;
import dev.gorgiasbridge.adapters.http.DevNotesEndpoint;
import dev.gorgiasbridge.adapters.shopify.ShopifySettings;
import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger.LedgerNote;
import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import dev.gorgiasbridge.bootstrap.demo.StandIns;
import dev.gorgiasbridge.bootstrap.observability.Logging;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code demo [--once]}: the product's main feature on a laptop. Starts stand-ins for Gorgias and Shopify
 * that answer with the samples of {@code contracts/} (the split-shipment order #1042 and the shop's name),
 * starts the service in development pointed at them (the database as configured, or the embedded one),
 * sends the sample webhook through the real front door, waits for the event to be processed, and prints
 * the note as the agent reads it, the dashboard's address and an admin token. Then it keeps running until
 * Ctrl-C, or exits with {@code --once}.
 */
final class DemoCommand {
    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);
    static final String SAMPLE = "gorgias/ticket-message-created.json";
    private static final String USAGE = "usage: demo [--once]   (--once: exit after printing the note)";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final String ACCOUNT = "lindas";
    private static final String RULE = "-".repeat(78);

    private DemoCommand() {
    }

    static int run(List<String> args, Map<String, String> environment, Path workingDirectory, PrintStream out,
                   PrintStream err) {
        boolean once = false;
        for (String arg : args) {
            if (arg.equals("--once")) {
                once = true;
            } else {
                err.println(USAGE);
                return Main.USAGE;
            }
        }
        String appEnv = environment.getOrDefault("APP_ENV", "").strip();
        if (!appEnv.isEmpty() && !appEnv.equalsIgnoreCase(AppEnv.DEVELOPMENT.wireName())) {
            err.println("demo: the demo runs in development only, and APP_ENV is " + appEnv.replaceAll("[^A-Za-z]", "")
                    + "; unset it (or run it without this .env)");
            return Main.CONFIGURATION;
        }
        var own = SettingsReader.load(environment).settings();
        StandIns standIns = StandIns.start(ACCOUNT);
        GorgiasBridge bridge = null;
        try {
            String webhookToken = random();
            Map<String, String> env = demoEnvironment(environment, standIns.baseUrl(), webhookToken,
                    own.jwtSecret().isEmpty(), own.workerConcurrency() == 0);
            var loaded = SettingsReader.load(env);
            Logging.configure(loaded.settings(), GorgiasBridge.version());
            loaded.warnings().forEach(log::warn);
            bridge = GorgiasBridge.start(loaded.settings(), workingDirectory, env);
            String jwtSecret = loaded.settings().jwtSecret().orElseThrow().value();
            int status = deliverAndShow(bridge, standIns, webhookToken,
                    new Secret(jwtSecret, own.jwtSecret().isEmpty()), out, err);
            if (status != Main.OK || once) {
                return status;
            }
            out.println("The service and the stand-ins keep running: open the dashboard, or send more webhooks with");
            out.println("  -H 'X-Gorgias-Bridge-Token: " + webhookToken + "'. Stop with Ctrl-C.");
            out.flush();
            Main.awaitShutdown(bridge, standIns);
            bridge = null;
            standIns = null;
            return Main.OK;
        } finally {
            if (bridge != null) {
                bridge.close();
            }
            if (standIns != null) {
                standIns.close();
            }
        }
    }

    /** The caller's environment with Gorgias and Shopify pointed at the stand-ins and the demo's own secrets. */
    private static Map<String, String> demoEnvironment(Map<String, String> environment, URI standIns, String webhookToken,
                                                       boolean ownJwtSecret, boolean noWorkers) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("APP_ENV", AppEnv.DEVELOPMENT.wireName());
        env.put("GORGIAS_DOMAIN", ACCOUNT);
        env.put("GORGIAS_USERNAME", "bridge-bot@lindas.example");
        env.put("GORGIAS_SENDER_EMAIL", "bridge-bot@lindas.example");
        env.put("GORGIAS_API_KEY", "stand-in-gorgias-api-key");
        env.put("GORGIAS_BASE_URL", standIns.toString());
        env.put("GORGIAS_WEBHOOK_TOKEN", webhookToken);
        env.remove("GORGIAS_WEBHOOK_SECRET");
        env.put("SHOPIFY_SHOP_NAME", ACCOUNT);
        env.put("SHOPIFY_ACCESS_TOKEN", "shpat_stand_in_shopify_token");
        env.remove("SHOPIFY_CLIENT_ID");
        env.remove("SHOPIFY_CLIENT_SECRET");
        env.put("SHOPIFY_API_VERSION", ShopifySettings.DEFAULT_API_VERSION);
        env.put("SHOPIFY_BASE_URL", standIns.toString());
        if (ownJwtSecret) {
            // Only for this run: the token printed below opens the dashboard until the demo stops.
            env.put("JWT_SECRET", random() + random());
        }
        if (noWorkers) {
            env.put("WORKER_CONCURRENCY", "1");
        }
        return env;
    }

    /** The secret admin tokens are signed with, and whether the demo made it up for this run only. */
    private record Secret(String value, boolean thisRunOnly) {
    }

    private static int deliverAndShow(GorgiasBridge bridge, StandIns standIns, String webhookToken, Secret jwtSecret,
                                      PrintStream out, PrintStream err) {
        HttpResponse<String> answer = deliver(bridge.port(), webhookToken);
        Matcher id = EVENT_ID.matcher(answer.body());
        if (answer.statusCode() / 100 != 2 || !id.find()) {
            err.println("demo: the service answered the sample webhook with " + answer.statusCode() + ": " + answer.body());
            return Main.FAILURE;
        }
        boolean duplicate = answer.statusCode() == 200;
        EventId event = new EventId(UUID.fromString(id.group(1)));
        Optional<EventDetail> processed = awaitProcessing(bridge, event, err);
        if (processed.isEmpty()) {
            return Main.FAILURE;
        }
        EventDetail detail = processed.get();
        Optional<LedgerNote> note = bridge.notes().recent(50).stream()
                .filter(n -> n.ticket().equals(detail.event().ticketId())).findFirst();
        if (note.isEmpty()) {
            err.println("demo: event " + event + " ended " + detail.event().status().dbValue() + " without a note: "
                    + detail.event().summary().or(detail::lastError).orElse("no reason recorded"));
            return Main.FAILURE;
        }
        print(bridge, standIns, duplicate, note.get(), jwtSecret, out);
        return detail.event().status() == EventStatus.DONE ? Main.OK : Main.FAILURE;
    }

    private static HttpResponse<String> deliver(int port, String webhookToken) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/webhooks/gorgias/ticket?event=ticket-message-created"))
                .header("Content-Type", "application/json")
                .header("X-Gorgias-Bridge-Token", webhookToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(StandIns.contract(SAMPLE)))
                .timeout(Duration.ofSeconds(30))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("could not send the sample webhook: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the sample webhook", e);
        }
    }

    /** Waits for the event to finish (done, skipped or dead); says why when it does not in time. */
    private static Optional<EventDetail> awaitProcessing(GorgiasBridge bridge, EventId event, PrintStream err) {
        Clock clock = Clock.systemUTC();
        Instant deadline = clock.instant().plus(PATIENCE);
        Optional<String> toldError = Optional.empty();
        while (true) {
            Optional<EventDetail> detail = bridge.events().show(event, EventDetail.Payload.LEFT_OUT);
            EventStatus status = detail.map(d -> d.event().status()).orElse(EventStatus.PENDING);
            if (status == EventStatus.DONE || status == EventStatus.SKIPPED || status == EventStatus.DEAD) {
                return detail;
            }
            Optional<String> error = detail.flatMap(EventDetail::lastError);
            if (status == EventStatus.RETRY && error.isPresent() && !error.equals(toldError)) {
                err.println("demo: event " + event + " waits for a retry: " + error.get());
                toldError = error;
            }
            if (clock.instant().isAfter(deadline)) {
                err.println("demo: event " + event + " was not processed within " + PATIENCE.toSeconds() + " s (status "
                        + status.dbValue() + error.map(e -> ", last error: " + e).orElse("") + ")");
                return Optional.empty();
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static void print(GorgiasBridge bridge, StandIns standIns, boolean duplicate, LedgerNote note, Secret jwtSecret,
                              PrintStream out) {
        String base = "http://localhost:" + bridge.port();
        String token = new AdminTokens(jwtSecret.value(), AppEnv.DEVELOPMENT.wireName(), Clock.systemUTC())
                .mint("demo@localhost", TOKEN_LIFETIME);
        out.println();
        out.println(RULE);
        out.println("The internal note on Gorgias ticket " + note.ticket().value() + ", as the agent reads it:");
        out.println(RULE);
        out.println(note.bodyText().strip());
        out.println(RULE);
        if (duplicate) {
            out.println("This database had received the sample before: the service answered 200 duplicate and kept the");
            out.println("note it wrote then (nothing was posted twice). To see it written afresh, reset the data.");
        } else {
            out.println("Posted to the Gorgias stand-in as an internal note (" + standIns.notesReceived() + " received).");
        }
        out.println("Dashboard     " + base + "/dashboard");
        out.println("Admin token   " + token);
        out.println("              (paste it into the dashboard; valid " + TOKEN_LIFETIME.toHours() + " h"
                + (jwtSecret.thisRunOnly() ? " and only while this demo runs: JWT_SECRET is unset, so the demo made one up)" : ")"));
        if (bridge.serves("GET " + DevNotesEndpoint.PATH)) {
            out.println("Notes view    " + base + DevNotesEndpoint.PATH + "   (a browser gets the notes as a page)");
        }
        out.println();
        out.flush();
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
