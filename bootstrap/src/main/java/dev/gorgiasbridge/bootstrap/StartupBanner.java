package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.bootstrap.config.AppEnv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one message a person reads when the service is up: where to point the browser, where the embedded
 * data lives and how to reset it, and how to stop the service. Logged once, as one log event, so it stays
 * a single line in JSON logs.
 *
 * @param notesView     the development notes view's path when it is served
 * @param adminApi      whether a JWT secret is configured, without which the dashboard cannot log in
 * @param embeddedData  the embedded database's directory, absent on an external database
 */
record StartupBanner(String version, AppEnv env, int port, String schemaVersion, Optional<String> notesView,
                     boolean adminApi, Optional<Path> embeddedData, long pid) {

    String text() {
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
        return String.join(System.lineSeparator(), lines);
    }
}
