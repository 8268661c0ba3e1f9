package dev.gorgiasbridge.bootstrap.doctor;

import dev.gorgiasbridge.adapters.gorgias.GorgiasSettings;
import dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotes;
import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import dev.gorgiasbridge.adapters.persistence.postgres.PostgresSettings;
import dev.gorgiasbridge.adapters.persistence.ratelimit.InProcessRateLimits;
import dev.gorgiasbridge.adapters.persistence.redis.RedisStore;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.adapters.shopify.Sleeper;
import dev.gorgiasbridge.application.readiness.port.in.ReadinessReport;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import dev.gorgiasbridge.application.redaction.port.out.Redaction;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.application.readiness.ReadinessService;
import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.bootstrap.config.ShopifyClientSettings;
import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import dev.gorgiasbridge.bootstrap.doctor.LiveChecks.Available;
import dev.gorgiasbridge.bootstrap.observability.Redactions;
import dev.gorgiasbridge.bootstrap.observability.RuntimeSecrets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The readiness doctor: the whole go-live checklist for a set of environment variables, including those
 * the service would refuse to start with (their problems become failures). Connects to what the
 * settings name without changing anything: no migration, no note, no event.
 */
public final class Doctor implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(15);

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final List<ReadinessCheck> checks = new ArrayList<>();
    private final Redaction redaction;

    private Doctor(Redaction redaction) {
        this.redaction = redaction;
    }

    /** Judges {@code environment} by {@code judgedAs}'s rules; the caller closes the doctor. */
    public static Doctor examine(Map<String, String> environment, AppEnv judgedAs, Path workingDirectory) {
        var checked = SettingsReader.check(environment, judgedAs);
        var settingsChecks = new SettingsChecklist(checked, judgedAs);
        // What Shopify or Gorgias answered may quote a credential: the report is masked like the logs.
        Doctor doctor = new Doctor(Redactions.of(checked.settings()));
        doctor.checks.addAll(settingsChecks.checks());
        doctor.checks.add(new GitTracking(workingDirectory));
        doctor.checks.addAll(LiveChecks.of(new LiveChecks.Dependencies(
                doctor.database(checked.settings(), settingsChecks, judgedAs),
                doctor.redis(checked.settings(), settingsChecks),
                doctor.helpdesk(checked.settings(), settingsChecks),
                doctor.shop(checked.settings(), settingsChecks))));
        return doctor;
    }

    /**
     * The checklist for a running service, whose settings were read from {@code environment}; without it
     * the configuration items say only that startup accepted the settings.
     */
    public static List<ReadinessCheck> forService(Optional<Map<String, String>> environment, AppEnv judgedAs,
                                                  Path workingDirectory, LiveChecks.Dependencies live) {
        List<ReadinessCheck> all = new ArrayList<>(environment
                .map(env -> new SettingsChecklist(SettingsReader.check(env, judgedAs), judgedAs).checks())
                .orElseGet(() -> List.of(new SettingsChecklist.Check("configuration", () -> List.of(Finding.pass(
                        "configuration", "accepted at startup; run the doctor command for the full configuration check"))))));
        all.add(new GitTracking(workingDirectory));
        all.addAll(LiveChecks.of(live));
        return all;
    }

    public ReadinessReport report() {
        return new ReadinessService(checks, CHECK_TIMEOUT, Clock.systemUTC(), redaction).assess();
    }

    private Available<PostgresDatabase> database(Settings settings, SettingsChecklist checklist, AppEnv judgedAs) {
        if (checklist.anyProblemWith(Set.of("DATABASE_URL"))) {
            return new Available.Absent<>(checklist.failures(LiveChecks.DATABASE, Set.of("DATABASE_URL")));
        }
        if (settings.database().isEmpty()) {
            return new Available.Absent<>(List.of(judgedAs.strict()
                    ? Finding.fail(LiveChecks.DATABASE, "DATABASE_URL is required")
                    : Finding.warn(LiveChecks.DATABASE, "no DATABASE_URL: development uses the embedded database; not checked")));
        }
        var url = settings.database().get();
        var database = PostgresDatabase.connect(new PostgresSettings(url.jdbcUrl(), url.user(), url.password().value(),
                2, CONNECT_TIMEOUT));
        resources.push(database);
        return new Available.Present<>(database);
    }

    private Available<RedisStore> redis(Settings settings, SettingsChecklist checklist) {
        if (checklist.anyProblemWith(Set.of("REDIS_URL"))) {
            return new Available.Absent<>(checklist.failures(LiveChecks.REDIS, Set.of("REDIS_URL")));
        }
        return Available.of(settings.redisUrl().map(url -> {
            RedisStore redis = RedisStore.open(url);
            resources.push(redis);
            return redis;
        }), Finding.warn(LiveChecks.REDIS, "REDIS_URL is not set: rate limits and the cache are per instance"));
    }

    private Available<TicketNotes> helpdesk(Settings settings, SettingsChecklist checklist) {
        var gorgias = settings.gorgias();
        if (checklist.anyProblemWith(SettingsChecklist.GORGIAS) || !gorgias.apiConfigured()) {
            return new Available.Absent<>(List.of(notCalled(LiveChecks.GORGIAS, checklist, SettingsChecklist.GORGIAS,
                    "the Gorgias account is not configured")));
        }
        var client = GorgiasSettings.of(gorgias.domain().orElseThrow(), gorgias.username().orElseThrow(),
                gorgias.apiKey().orElseThrow().value());
        if (gorgias.baseUrl().isPresent()) {
            client = client.withBaseUrl(gorgias.baseUrl().get());
        }
        return new Available.Present<>(new GorgiasTicketNotes(client, new InProcessRateLimits()));
    }

    private Available<ShopifyOrderHistory> shop(Settings settings, SettingsChecklist checklist) {
        var shopify = settings.shopify();
        if (checklist.anyProblemWith(SettingsChecklist.SHOPIFY) || !shopify.configured()) {
            return new Available.Absent<>(List.of(notCalled(LiveChecks.SHOPIFY, checklist, SettingsChecklist.SHOPIFY,
                    "Shopify is not configured")));
        }
        // With client credentials the doctor obtains a token of its own; it is masked like the service's.
        var shop = new ShopifyOrderHistory(ShopifyClientSettings.of(shopify).orElseThrow(), Clock.systemUTC(),
                Sleeper.real(), RuntimeSecrets::add);
        resources.push(shop);
        return new Available.Present<>(shop);
    }

    private static Finding notCalled(String item, SettingsChecklist checklist, Set<String> variables, String unconfigured) {
        // Calling out with placeholder or missing credentials proves nothing and may lock an account. The
        // settings' problems are counted above; this check is skipped because of them, not failed again.
        return checklist.anyProblemWith(variables)
                ? Finding.skip(item, "not called: fix the settings above first")
                : Finding.warn(item, "not called: " + unconfigured);
    }

    @Override
    public void close() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                // closing what the doctor opened must not hide its report
            }
        }
    }

    /** The rules to judge by when none are asked for: the configured environment's, or staging's in development. */
    public static AppEnv defaultJudgement(Map<String, String> environment) {
        return Optional.ofNullable(environment.get("APP_ENV")).flatMap(Doctor::parseEnv).filter(AppEnv::strict)
                .orElse(AppEnv.STAGING);
    }

    static Optional<AppEnv> parseEnv(String text) {
        for (AppEnv env : AppEnv.values()) {
            if (env.wireName().equalsIgnoreCase(text.strip())) {
                return Optional.of(env);
            }
        }
        return Optional.empty();
    }
}
