package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.config.Settings.LogFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one message a person reads when the service is up: where to point the browser, where the embedded
 * data lives and how to reset it, and how to stop the service. In JSON logs it is one log event, so it stays
 * one record. Text logs write each event on one line, escaping line breaks so that no value from outside can
 * start a forged line; there the banner is logged one line per event, to be read as lines. It holds no
 * customer data, only our own settings.
 *
 * @param notesView     the development notes view's path when it is served
 * @param adminApi      whether a JWT secret is configured, without which the dashboard cannot log in
 * @param embeddedData  the embedded database's directory, absent on an external database
 */
record StartupBanner(String version, AppEnv env, int port, String schemaVersion, Optional<String> notesView,
                     boolean adminApi, Optional<Path> embeddedData, long pid) {

    /** The log messages to write: the whole banner as one in JSON logs, one per line in text logs. */
    List<String> messages(LogFormat format) {
        return switch (format) {
            case JSON -> List.of(text());
            case TEXT -> lines();
        };
    }

    String text() {
        return String.join(System.lineSeparator(), lines());
    }

    private List<String> lines() {
        String base = "http://localhost:" + port;
        List<String> lines = new ArrayList<>();
        lines.add("Gorgias Bridge" + (version.equals("development") ? "" : " " + version) + " is listening on port " + port + " (APP_ENV=" + env.wireName()
                + ", database schema version " + schemaVersion + ")");
        lines.add("  dashboard   " + base + "/dashboard" + (adminApi
                ? "   (log in with a token: scripts/run token --subject you@example.com --ttl 8h)"
                : "   (set JWT_SECRET, 32+ characters, to log in)"));
        notesView.ifPresent(path -> lines.add("  notes       " + base + path + "   (the notes written, as the agent reads them)"));
        lines.add("  webhook     POST " + base + "/webhooks/gorgias/ticket   health " + base + "/health");
        embeddedData.ifPresent(data -> lines.add("  data        embedded PostgreSQL in " + data
                + "   (to start afresh: stop the service, then rm -rf " + data + ")"));
        lines.add("  stop        Ctrl-C, or kill " + pid);
        return List.copyOf(lines);
    }
}
