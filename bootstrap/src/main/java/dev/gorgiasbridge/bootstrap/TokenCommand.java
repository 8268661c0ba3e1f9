package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.http.AdminTokens;
import dev.gorgiasbridge.bootstrap.config.Settings;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code token --subject NAME [--ttl 1h]}: prints an admin API token for this environment (its
 * {@code APP_ENV} is the audience), signed with {@code JWT_SECRET}, living at most 24 hours.
 */
final class TokenCommand {
    private static final Pattern TTL = Pattern.compile("(\\d{1,5})([smh])");
    private static final String USAGE = "usage: token --subject NAME [--ttl 1h]  (ttl in s, m or h; at most 24h)";

    private TokenCommand() {
    }

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        String subject = null;
        Duration ttl = Duration.ofHours(1);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--subject") && i + 1 < args.size()) {
                subject = args.get(++i);
            } else if (arg.equals("--ttl") && i + 1 < args.size()) {
                Matcher m = TTL.matcher(args.get(++i).strip().toLowerCase(Locale.ROOT));
                if (!m.matches()) {
                    err.println(USAGE);
                    return Main.USAGE;
                }
                long n = Long.parseLong(m.group(1));
                ttl = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } else {
                err.println(USAGE);
                return Main.USAGE;
            }
        }
        if (subject == null) {
            err.println(USAGE);
            return Main.USAGE;
        }
        if (settings.jwtSecret().isEmpty()) {
            err.println("token: JWT_SECRET is not set; the admin API is disabled without it");
            return Main.CONFIGURATION;
        }
        try {
            var tokens = new AdminTokens(settings.jwtSecret().get().value(), settings.env().wireName(), Clock.systemUTC());
            out.println(tokens.mint(subject, ttl));
            return Main.OK;
        } catch (IllegalArgumentException e) {
            err.println("token: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
