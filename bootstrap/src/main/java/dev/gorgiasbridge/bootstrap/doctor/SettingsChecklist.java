package dev.gorgiasbridge.bootstrap.doctor;

import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.bootstrap.config.SettingsProblem;
import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The configuration items of the go-live checklist, from {@link SettingsReader#check}'s problems. Each
 * problem fails exactly one item, so failures count problems: a placeholder fails "no placeholder
 * credentials", any other problem fails the item its variable belongs to. An item whose only problems are
 * placeholders counted above is skipped, not failed again. The rules are SettingsReader's own, so the
 * doctor and startup never disagree.
 */
final class SettingsChecklist {
    static final Set<String> GORGIAS = Set.of("GORGIAS_DOMAIN", "GORGIAS_USERNAME", "GORGIAS_API_KEY",
            "GORGIAS_BASE_URL", "GORGIAS_SENDER_EMAIL");
    static final Set<String> SHOPIFY = Set.of("SHOPIFY_SHOP_NAME", "SHOPIFY_ACCESS_TOKEN", "SHOPIFY_API_VERSION",
            "SHOPIFY_BASE_URL", "SHOPIFY_CLIENT_ID", "SHOPIFY_CLIENT_SECRET", "STORE_NAME");
    private static final Set<String> WEBHOOK = Set.of("GORGIAS_WEBHOOK_TOKEN", "GORGIAS_WEBHOOK_SECRET",
            "GORGIAS_WEBHOOK_REQUIRE_TIMESTAMP");
    private static final Set<String> JWT = Set.of("JWT_SECRET");
    private static final Set<String> CORS = Set.of("CORS_ALLOWED_ORIGINS");
    private static final Set<String> POOL = Set.of("DB_POOL_SIZE");
    private static final Set<String> ENVIRONMENT = Set.of("APP_ENV");
    /** Judged by the live checks, which report these problems instead of connecting. */
    static final Set<String> LIVE = Set.of("DATABASE_URL", "REDIS_URL");
    private static final int POOL_CEILING = 100;

    private final SettingsReader.Checked checked;
    private final AppEnv judgedAs;

    SettingsChecklist(SettingsReader.Checked checked, AppEnv judgedAs) {
        this.checked = checked;
        this.judgedAs = judgedAs;
    }

    List<ReadinessCheck> checks() {
        Settings s = checked.settings();
        return List.of(
                item("environment", ENVIRONMENT, () -> s.env() == judgedAs || judgedAs == AppEnv.DEVELOPMENT
                        ? Finding.pass("environment", "judged by " + judgedAs.wireName() + " rules")
                        : Finding.warn("environment", "APP_ENV is " + s.env().wireName() + "; judged by "
                        + judgedAs.wireName() + " rules, as the service would be there")),
                new Check("no placeholder credentials", this::placeholders),
                item("Gorgias account configured", GORGIAS, () -> s.gorgias().apiConfigured()
                        ? Finding.pass("Gorgias account configured", "account " + s.gorgias().domain().orElseThrow()
                        + ", API user and key set")
                        : Finding.warn("Gorgias account configured", "not configured: notes are kept locally, not posted")),
                item("Shopify settings present", SHOPIFY, () -> s.shopify().configured()
                        ? Finding.pass("Shopify settings present", "shop " + s.shopify().shopName().orElseThrow()
                        + ", API version " + s.shopify().apiVersion() + ", " + switch (s.shopify().authentication().orElseThrow()) {
                            case Settings.Shopify.Authentication.ClientCredentials c ->
                                    "client credentials grant (Dev Dashboard app " + c.clientId() + ")";
                            case Settings.Shopify.Authentication.AccessToken t -> "legacy custom app access token";
                        })
                        : Finding.warn("Shopify settings present", "not configured: notes will say orders could not be looked up")),
                item("webhook authentication with strong secrets", WEBHOOK, () -> webhook(s)),
                item("JWT secret strong and distinct", JWT, () -> s.jwtSecret().isPresent()
                        ? Finding.pass("JWT secret strong and distinct", "set and not shared with another secret")
                        : Finding.warn("JWT secret strong and distinct", "not set: the admin API refuses every request")),
                item("CORS explicit", CORS, () -> Finding.pass("CORS explicit", s.corsAllowedOrigins().isEmpty()
                        ? "no cross-origin callers (the dashboard is served from the same origin)"
                        : s.corsAllowedOrigins().size() + " origin(s) listed: " + String.join(", ", s.corsAllowedOrigins()))),
                item("other settings well-formed", others(), () -> Finding.pass("other settings well-formed",
                        "every other value is well-formed")),
                item("pool size sane", POOL, () -> pool(s)));
    }

    /** Whether any problem concerns these variables, e.g. so a live call is not made with bad credentials. */
    boolean anyProblemWith(Set<String> variables) {
        return checked.problems().stream().anyMatch(p -> variables.contains(p.variable()));
    }

    /**
     * The problems with these variables as lines of the item: a fail line for each problem counted here,
     * or one skip line when they are all placeholders, counted under "no placeholder credentials".
     */
    List<Finding> failures(String item, Set<String> variables) {
        List<SettingsProblem> problems = checked.problems().stream().filter(p -> variables.contains(p.variable())).toList();
        List<Finding> failures = problems.stream().filter(p -> p.kind() != SettingsProblem.Kind.PLACEHOLDER)
                .map(p -> Finding.fail(item, p.message())).toList();
        if (!failures.isEmpty() || problems.isEmpty()) {
            return failures;
        }
        List<String> placeholders = problems.stream().map(SettingsProblem::variable).distinct().toList();
        return List.of(Finding.skip(item, "not checked: " + String.join(", ", placeholders)
                + (placeholders.size() == 1 ? " holds a placeholder" : " hold placeholders") + " (counted above)"));
    }

    private ReadinessCheck item(String name, Set<String> variables, java.util.function.Supplier<Finding> otherwise) {
        return new Check(name, () -> {
            List<Finding> failures = failures(name, variables);
            return failures.isEmpty() ? List.of(otherwise.get()) : failures;
        });
    }

    private List<Finding> placeholders() {
        String item = "no placeholder credentials";
        List<Finding> found = new ArrayList<>();
        // Startup's own words, one finding per variable, so the doctor and a refused start say the same.
        Set<String> seen = new java.util.HashSet<>();
        checked.problems().stream().filter(p -> p.kind() == SettingsProblem.Kind.PLACEHOLDER)
                .filter(p -> seen.add(p.variable()))
                .forEach(p -> found.add(Finding.fail(item, p.message())));
        return found.isEmpty() ? List.of(Finding.pass(item, "no demo or placeholder values found")) : found;
    }

    private Set<String> others() {
        Set<String> known = new java.util.HashSet<>();
        List.of(GORGIAS, SHOPIFY, WEBHOOK, JWT, CORS, POOL, ENVIRONMENT, LIVE).forEach(known::addAll);
        Set<String> rest = new java.util.HashSet<>(SettingsReader.VARIABLES);
        rest.removeAll(known);
        return rest;
    }

    private static Finding webhook(Settings s) {
        int tokens = s.gorgias().webhookTokens().size();
        int secrets = s.gorgias().webhookSecrets().size();
        if (tokens + secrets == 0) {
            return Finding.warn("webhook authentication with strong secrets", "no token or secret: every webhook is refused");
        }
        return Finding.pass("webhook authentication with strong secrets", tokens + " token(s) and " + secrets
                + " HMAC secret(s) configured" + (s.gorgias().webhookTimestampRequired()
                        ? "; signatures must carry a timestamp" : ""));
    }

    private static Finding pool(Settings s) {
        String item = "pool size sane";
        int size = s.dbPoolSize();
        // Each worker holds a connection while it processes; requests and the queue's listener need some too.
        if (size < s.workerConcurrency() + 2) {
            return Finding.fail(item, "DB_POOL_SIZE " + size + " leaves too few connections beside "
                    + s.workerConcurrency() + " worker(s); use at least " + (s.workerConcurrency() + 2));
        }
        if (size > POOL_CEILING) {
            return Finding.warn(item, "DB_POOL_SIZE " + size + " exceeds PostgreSQL's default max_connections of 100");
        }
        return Finding.pass(item, size + " connection(s) for " + s.workerConcurrency() + " worker(s)");
    }

    /** A checklist item answered from the settings alone. */
    record Check(String item, java.util.function.Supplier<List<Finding>> findings) implements ReadinessCheck {
        @Override
        public List<Finding> check() {
            return findings.get();
        }
    }
}
