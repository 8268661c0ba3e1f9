package dev.gorgiasbridge.bootstrap.config;

import dev.gorgiasbridge.adapters.http.ClientAddresses;
import dev.gorgiasbridge.adapters.shopify.ApiVersion;
import dev.gorgiasbridge.adapters.shopify.ShopifySettings;
import dev.gorgiasbridge.bootstrap.config.Settings.Ai;
import dev.gorgiasbridge.bootstrap.config.Settings.Gorgias;
import dev.gorgiasbridge.bootstrap.config.Settings.LogFormat;
import dev.gorgiasbridge.bootstrap.config.Settings.Shopify;
import dev.gorgiasbridge.bootstrap.config.Settings.WebhookBodies;
import dev.gorgiasbridge.bootstrap.config.Settings.WebhookRates;
import dev.gorgiasbridge.bootstrap.config.SettingsProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@link Settings} from environment variables. Malformed values are problems in every environment;
 * in staging and production missing or placeholder credentials are problems too (docs/configuration.md).
 * All problems are collected and reported together, so one restart fixes them all.
 */
public final class SettingsReader {
    static final int MIN_JWT_SECRET_LENGTH = 32;
    static final int MIN_WEBHOOK_SECRET_LENGTH = 24;
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");
    private static final String GORGIAS_OFF = "notes are kept locally, not posted (see GET /api/dev/notes)";
    private static final String WEBHOOKS_OFF = "every webhook is refused until a real token or secret is set";
    private static final String SHOPIFY_OFF = "orders are not looked up; notes say Shopify is not configured";

    /** Every variable the service reads; .env.example documents each one (checked by a test). */
    public static final List<String> VARIABLES = List.of(
            "APP_ENV", "PORT", "DATABASE_URL", "DB_POOL_SIZE", "REDIS_URL",
            "GORGIAS_DOMAIN", "GORGIAS_USERNAME", "GORGIAS_API_KEY", "GORGIAS_WEBHOOK_TOKEN", "GORGIAS_WEBHOOK_SECRET",
            "SHOPIFY_SHOP_NAME", "SHOPIFY_ACCESS_TOKEN", "SHOPIFY_API_VERSION", "JWT_SECRET",
            "WEBHOOK_MAX_BYTES", "WEBHOOK_RATE_PER_SECOND", "WEBHOOK_RATE_BURST", "WEBHOOK_UNAUTHENTICATED_PER_MINUTE",
            "TRUSTED_PROXIES", "CORS_ALLOWED_ORIGINS", "LOG_FORMAT", "SENTRY_DSN", "AI_BASE_URL", "AI_API_KEY", "AI_MODEL",
            "GORGIAS_BASE_URL", "GORGIAS_SENDER_EMAIL", "SHOPIFY_BASE_URL", "WORKER_CONCURRENCY", "ORDER_CACHE_TTL_SECONDS",
            "METRICS_TOKEN", "AI_TIMEOUT_SECONDS", "AI_MAX_REQUESTS_PER_MINUTE", "AI_ALLOW_MONETARY_PROMISES",
            "SHOPIFY_CLIENT_ID", "SHOPIFY_CLIENT_SECRET", "STORE_NAME", "HOST", "INBOX_RETENTION_DAYS",
            "GORGIAS_WEBHOOK_REQUIRE_TIMESTAMP", "WEBHOOK_MAX_UNVERIFIED_BYTES", "WEBHOOK_BODY_TIMEOUT_SECONDS");

    /**
     * Credentials that reach real accounts: with any of them set to a real value, {@code APP_ENV} must be
     * set explicitly, so a forgotten variable never runs production credentials under development's rules.
     */
    static final List<String> ACCOUNT_CREDENTIALS = List.of("GORGIAS_API_KEY", "SHOPIFY_ACCESS_TOKEN", "SHOPIFY_CLIENT_SECRET");
    /**
     * Upstream URLs that carry credentials or customers' data: https:// only beyond loopback in staging and
     * production.
     */
    static final List<String> UPSTREAM_URLS = List.of("GORGIAS_BASE_URL", "SHOPIFY_BASE_URL", "AI_BASE_URL", "SENTRY_DSN");
    /** A host name, an IPv4 address or an IPv6 address (brackets optional). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /**
     * What a placeholder in each of these variables means in development, where it reads as unset: a
     * copied {@code .env.example} must start the service on its defaults, not call out with demo values.
     */
    static final Map<String, String> DEVELOPMENT_WITHOUT = orderedMap(
            "DATABASE_URL", "the embedded PostgreSQL under ./.data is used instead",
            "GORGIAS_DOMAIN", GORGIAS_OFF, "GORGIAS_USERNAME", GORGIAS_OFF, "GORGIAS_API_KEY", GORGIAS_OFF,
            "GORGIAS_SENDER_EMAIL", "notes are sent as GORGIAS_USERNAME",
            "GORGIAS_WEBHOOK_TOKEN", WEBHOOKS_OFF, "GORGIAS_WEBHOOK_SECRET", WEBHOOKS_OFF,
            "SHOPIFY_SHOP_NAME", SHOPIFY_OFF, "SHOPIFY_ACCESS_TOKEN", SHOPIFY_OFF,
            "SHOPIFY_CLIENT_ID", SHOPIFY_OFF, "SHOPIFY_CLIENT_SECRET", SHOPIFY_OFF,
            "JWT_SECRET", "the admin API and the dashboard refuse every token until it is set",
            "CORS_ALLOWED_ORIGINS", "no other origin may call the admin API",
            "METRICS_TOKEN", "/metrics answers without a token",
            "SENTRY_DSN", "errors are not sent to Sentry",
            "AI_API_KEY", "the AI endpoint, if any, is called without a key",
            "REDIS_URL", "rate limits and the order cache are kept in-process");

    private final EnvironmentValues values;

    private SettingsReader(Map<String, String> env) {
        this.values = new EnvironmentValues(env, VARIABLES);
    }

    /**
     * The settings as the service starts with them, judged by the rules of their own {@code APP_ENV}.
     *
     * @throws InvalidSettingsException listing every problem found
     */
    public static Settings read(Map<String, String> env) {
        return load(env).settings();
    }

    /**
     * As {@link #read}, with the notes a person should see: in development, each variable whose placeholder
     * was read as unset (one sentence per variable, never the value).
     */
    public static Loaded load(Map<String, String> env) {
        SettingsReader reader = new SettingsReader(env);
        Optional<AppEnv> appEnv = reader.appEnv();
        Settings settings = reader.read(appEnv.map(AppEnv::strict).orElse(false));
        if (!reader.values.problems().isEmpty()) {
            throw new InvalidSettingsException(appEnv.orElse(null),
                    reader.values.problems().stream().map(SettingsProblem::message).toList());
        }
        return new Loaded(settings, reader.values.ignoredPlaceholders());
    }

    /** Settings the service can start with, and warnings about how some values were read. */
    public record Loaded(Settings settings, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The settings judged by the rules of {@code judgedAs} whatever {@code APP_ENV} says, without
     * throwing: the best settings that can be made of the values, and every problem with them.
     */
    public static Checked check(Map<String, String> env, AppEnv judgedAs) {
        SettingsReader reader = new SettingsReader(env);
        reader.appEnv();
        Settings settings = reader.read(judgedAs.strict());
        return new Checked(settings, reader.values.problems());
    }

    /** Settings made of the values as far as they could be read, and what is wrong with them. */
    public record Checked(Settings settings, List<SettingsProblem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The configured environment: development when unset, empty (and a problem) when unknown. Unset while
     * real account credentials are set is a problem too: the operator must say which environment this is.
     */
    private Optional<AppEnv> appEnv() {
        Optional<String> raw = values.text("APP_ENV");
        if (raw.isEmpty()) {
            List<String> real = ACCOUNT_CREDENTIALS.stream()
                    .filter(name -> values.text(name).filter(v -> !Placeholders.holdsPlaceholder(name, v)).isPresent())
                    .toList();
            if (!real.isEmpty()) {
                values.problem("APP_ENV", Kind.MISSING, "APP_ENV is not set while " + String.join(" and ", real)
                        + (real.size() == 1 ? " holds a real credential" : " hold real credentials")
                        + ": set APP_ENV=production (or staging), or APP_ENV=development explicitly");
            }
            return Optional.of(AppEnv.DEVELOPMENT);
        }
        Optional<AppEnv> parsed = AppEnv.parse(raw.get());
        if (parsed.isEmpty()) {
            values.problem("APP_ENV", Kind.MALFORMED, "APP_ENV must be development, staging or production");
        }
        return parsed;
    }

    private Settings read(boolean strict) {
        if (!strict) {
            values.placeholdersMeanUnset(DEVELOPMENT_WITHOUT);
        }
        AppEnv appEnv = values.text("APP_ENV").flatMap(AppEnv::parse).orElse(AppEnv.DEVELOPMENT);
        long webhookMaxBytes = values.number("WEBHOOK_MAX_BYTES", 1_048_576, 1_024, 104_857_600);

        var settings = new Settings(
                appEnv,
                (int) values.number("PORT", 8080, 0, 65_535),
                host(appEnv),
                database(strict),
                (int) values.number("DB_POOL_SIZE", 20, 1, 500),
                values.uri("REDIS_URL", "redis", "rediss"),
                gorgias(strict),
                shopify(strict),
                values.secret("JWT_SECRET"),
                webhookMaxBytes,
                values.list("CORS_ALLOWED_ORIGINS"),
                logFormat(strict),
                sentryDsn(),
                ai(strict),
                values.list("TRUSTED_PROXIES"),
                new WebhookRates(values.number("WEBHOOK_RATE_PER_SECOND", 100, 1, 100_000),
                        values.number("WEBHOOK_RATE_BURST", 1_000, 1, 1_000_000),
                        values.number("WEBHOOK_UNAUTHENTICATED_PER_MINUTE", 10, 1, 10_000)),
                (int) values.number("WORKER_CONCURRENCY", 4, 0, 64),
                java.time.Duration.ofSeconds(values.number("ORDER_CACHE_TTL_SECONDS", 300, 1, 86_400)),
                values.secret("METRICS_TOKEN"),
                java.time.Duration.ofDays(values.number("INBOX_RETENTION_DAYS", 30, 1, 3_650)),
                webhookBodies(webhookMaxBytes));
        checkCors(settings, strict);
        checkTrustedProxies(settings);
        if (strict) {
            checkPlaceholders();
            checkJwtSecret(settings);
            checkUpstreamTransport();
        }
        return settings;
    }

    /**
     * The address to listen on: development stays on this machine (127.0.0.1) unless {@code HOST} says
     * otherwise; staging and production listen on every interface, behind their load balancer.
     */
    private String host(AppEnv appEnv) {
        Optional<String> host = values.text("HOST").map(h -> h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h);
        if (host.isPresent() && !HOST.matcher(host.get()).matches()) {
            values.problem("HOST", Kind.MALFORMED, "HOST must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0");
            host = Optional.empty();
        }
        return host.orElse(appEnv == AppEnv.DEVELOPMENT ? "127.0.0.1" : "0.0.0.0");
    }

    private Optional<Secret> sentryDsn() {
        Optional<Secret> dsn = values.secret("SENTRY_DSN");
        if (dsn.isPresent() && values.uri("SENTRY_DSN", "http", "https").isEmpty()) {
            return Optional.empty();
        }
        return dsn;
    }

    /** Every secret and URL of {@link Placeholders#CHECKED} that holds a placeholder, in the table's order. */
    private void checkPlaceholders() {
        Placeholders.CHECKED.forEach((name, shape) -> values.text(name)
                .filter(value -> Placeholders.holdsPlaceholder(name, value))
                .ifPresent(value -> values.problem(name, Kind.PLACEHOLDER, switch (shape) {
                    case SECRETS -> name + " contains a placeholder value; set the real ones";
                    case ORIGINS -> name + " contains a placeholder origin; list the real ones";
                    case URL -> name + " contains a placeholder (its user, password or host); set the real URL";
                    default -> name + " is a placeholder value; set the real one";
                })));
    }

    /** Plain http:// beyond this machine would carry credentials and customers' data unencrypted. */
    private void checkUpstreamTransport() {
        for (String name : UPSTREAM_URLS) {
            values.text(name).flatMap(EnvironmentValues::parsedUri).filter(Loopback::plainHttpBeyondIt)
                    .ifPresent(uri -> values.problem(name, Kind.REFUSED, name
                            + " must use https:// in staging and production (plain http:// only to localhost, 127.0.0.0/8 or ::1)"));
        }
    }

    private Optional<DatabaseUrl> database(boolean strict) {
        Optional<String> raw = values.configured("DATABASE_URL");
        if (strict && raw.filter(url -> Placeholders.holdsPlaceholder("DATABASE_URL", url)).isPresent()) {
            return Optional.empty(); // reported with every other placeholder (checkPlaceholders)
        }
        if (raw.isEmpty()) {
            if (strict) {
                values.problem("DATABASE_URL", Kind.MISSING, "DATABASE_URL is required (postgresql://user:pass@host:5432/db)");
            }
            return Optional.empty();
        }
        Optional<DatabaseUrl> url = DatabaseUrl.parse(raw.get());
        if (url.isEmpty()) {
            values.problem("DATABASE_URL", Kind.MALFORMED, "DATABASE_URL must look like postgresql://user:pass@host:5432/db or jdbc:postgresql://host:5432/db");
        }
        return url;
    }

    private Gorgias gorgias(boolean strict) {
        Optional<String> domain = values.configured("GORGIAS_DOMAIN").map(d -> d.toLowerCase(Locale.ROOT).replaceFirst("\\.gorgias\\.com$", ""));
        domain.filter(d -> !SUBDOMAIN.matcher(d).matches())
                .ifPresent(d -> values.problem("GORGIAS_DOMAIN", Kind.MALFORMED, "GORGIAS_DOMAIN must be the account subdomain (the NAME in NAME.gorgias.com)"));
        List<Secret> tokens = values.secrets("GORGIAS_WEBHOOK_TOKEN");
        List<Secret> hmac = values.secrets("GORGIAS_WEBHOOK_SECRET");
        boolean requireTimestamp = values.flag("GORGIAS_WEBHOOK_REQUIRE_TIMESTAMP");
        var gorgias = new Gorgias(domain, values.configured("GORGIAS_USERNAME"), values.secret("GORGIAS_API_KEY"), tokens, hmac,
                values.uri("GORGIAS_BASE_URL", "http", "https"), values.configured("GORGIAS_SENDER_EMAIL"), requireTimestamp);
        if (requireTimestamp && hmac.isEmpty()) {
            values.problem("GORGIAS_WEBHOOK_REQUIRE_TIMESTAMP", Kind.MISSING,
                    "GORGIAS_WEBHOOK_REQUIRE_TIMESTAMP applies to signed webhooks: set GORGIAS_WEBHOOK_SECRET too, or turn it off");
        }
        if (strict) {
            values.require("GORGIAS_DOMAIN", domain);
            values.require("GORGIAS_USERNAME", gorgias.username());
            values.require("GORGIAS_API_KEY", gorgias.apiKey());
            if (tokens.isEmpty() && hmac.isEmpty()) {
                values.problem("GORGIAS_WEBHOOK_TOKEN", Kind.MISSING, "GORGIAS_WEBHOOK_TOKEN or GORGIAS_WEBHOOK_SECRET is required: without one every webhook is refused");
            }
            checkWebhookSecrets("GORGIAS_WEBHOOK_TOKEN", tokens);
            checkWebhookSecrets("GORGIAS_WEBHOOK_SECRET", hmac);
        }
        return gorgias;
    }

    private WebhookBodies webhookBodies(long maxBytes) {
        long unverified = values.number("WEBHOOK_MAX_UNVERIFIED_BYTES", Math.max(maxBytes, 16_777_216), 1_024, 1_073_741_824);
        if (unverified < maxBytes) {
            values.problem("WEBHOOK_MAX_UNVERIFIED_BYTES", Kind.MALFORMED,
                    "WEBHOOK_MAX_UNVERIFIED_BYTES must be at least WEBHOOK_MAX_BYTES (" + maxBytes + "), or no signed body of the largest size could be read");
            unverified = maxBytes;
        }
        return new WebhookBodies(unverified, java.time.Duration.ofSeconds(values.number("WEBHOOK_BODY_TIMEOUT_SECONDS", 10, 1, 300)));
    }

    private Shopify shopify(boolean strict) {
        Optional<String> shop = values.configured("SHOPIFY_SHOP_NAME").map(s -> s.toLowerCase(Locale.ROOT).replaceFirst("\\.myshopify\\.com$", ""));
        shop.filter(s -> !SUBDOMAIN.matcher(s).matches())
                .ifPresent(s -> values.problem("SHOPIFY_SHOP_NAME", Kind.MALFORMED, "SHOPIFY_SHOP_NAME must be the shop's subdomain (the NAME in NAME.myshopify.com)"));
        Optional<String> version = values.text("SHOPIFY_API_VERSION");
        version.filter(v -> !stableVersion(v))
                .ifPresent(v -> values.problem("SHOPIFY_API_VERSION", Kind.MALFORMED, "SHOPIFY_API_VERSION must be a stable version (YYYY-01, -04, -07 or -10) such as "
                        + ShopifySettings.DEFAULT_API_VERSION));
        var shopify = new Shopify(shop, values.secret("SHOPIFY_ACCESS_TOKEN"),
                version.orElse(ShopifySettings.DEFAULT_API_VERSION), values.uri("SHOPIFY_BASE_URL", "http", "https"),
                values.configured("SHOPIFY_CLIENT_ID"), values.secret("SHOPIFY_CLIENT_SECRET"), values.text("STORE_NAME"));
        checkShopifyAuthentication(shopify, strict);
        if (strict) {
            values.require("SHOPIFY_SHOP_NAME", shop);
            values.require("SHOPIFY_API_VERSION", version);
        }
        shopify.storeName().filter(name -> strict && Placeholders.isPlaceholder(name)).ifPresent(name -> values.problem("STORE_NAME",
                Kind.PLACEHOLDER, "STORE_NAME is a placeholder value; set the name customers know the store by, or"
                        + " leave it empty to use the shop's name from Shopify"));
        return shopify;
    }

    /**
     * Exactly one way to authenticate: the Dev Dashboard app's client id and secret, or a legacy app's access
     * token. Half a pair, or both ways at once, is always a problem (which would be used?); in staging and
     * production one of them is required, and each value must be real.
     */
    private void checkShopifyAuthentication(Shopify shopify, boolean strict) {
        boolean id = shopify.clientId().isPresent();
        boolean secret = shopify.clientSecret().isPresent();
        boolean token = shopify.accessToken().isPresent();
        if (id != secret) {
            String missing = id ? "SHOPIFY_CLIENT_SECRET" : "SHOPIFY_CLIENT_ID";
            values.problem(missing, Kind.MISSING, missing + " is required with " + (id ? "SHOPIFY_CLIENT_ID"
                    : "SHOPIFY_CLIENT_SECRET") + " (the Dev Dashboard app's client credentials)");
        }
        if ((id || secret) && token) {
            values.problem("SHOPIFY_ACCESS_TOKEN", Kind.REFUSED, "set either SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET"
                    + " (a Dev Dashboard app) or SHOPIFY_ACCESS_TOKEN (a legacy custom app), not both");
        }
        if (strict && !id && !secret && !token) {
            values.problem("SHOPIFY_CLIENT_ID", Kind.MISSING, "SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET (a Dev"
                    + " Dashboard app) or SHOPIFY_ACCESS_TOKEN (a legacy custom app) is required");
        }
        // Placeholders in these are reported with every other secret (checkPlaceholders).
    }

    private static boolean stableVersion(String version) {
        try {
            ApiVersion.parse(version);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Ai ai(boolean strict) {
        var ai = new Ai(values.uri("AI_BASE_URL", "http", "https"), values.secret("AI_API_KEY"), values.text("AI_MODEL"),
                java.time.Duration.ofSeconds(values.number("AI_TIMEOUT_SECONDS", 30, 1, 600)),
                (int) values.number("AI_MAX_REQUESTS_PER_MINUTE", 60, 1, 100_000), values.flag("AI_ALLOW_MONETARY_PROMISES"));
        if (ai.baseUrl().isPresent()) {
            if (ai.model().filter(m -> !Placeholders.isPlaceholder(m)).isEmpty()) {
                values.problem("AI_MODEL", ai.model().isEmpty() ? Kind.MISSING : Kind.PLACEHOLDER,
                        "AI_MODEL is required with AI_BASE_URL (missing or a placeholder)");
            }
            // A local model server may need no key; a placeholder key is a forgotten one (checkPlaceholders).
        }
        return ai;
    }

    private LogFormat logFormat(boolean strict) {
        return values.text("LOG_FORMAT").map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "json" -> LogFormat.JSON;
            case "text" -> LogFormat.TEXT;
            default -> {
                values.problem("LOG_FORMAT", Kind.MALFORMED, "LOG_FORMAT must be json or text");
                yield LogFormat.TEXT;
            }
        }).orElse(strict ? LogFormat.JSON : LogFormat.TEXT);
    }

    private void checkCors(Settings settings, boolean strict) {
        for (String origin : settings.corsAllowedOrigins()) {
            if ("*".equals(origin)) {
                if (strict) {
                    values.problem("CORS_ALLOWED_ORIGINS", Kind.REFUSED, "CORS_ALLOWED_ORIGINS must list origins; * is refused in staging and production");
                }
            } else if (!ORIGIN.matcher(origin).matches()) {
                values.problem("CORS_ALLOWED_ORIGINS", Kind.MALFORMED, "CORS_ALLOWED_ORIGINS entries must be origins like https://admin.example.com (no path)");
            }
        }
    }

    private void checkTrustedProxies(Settings settings) {
        try {
            ClientAddresses.trusting(settings.trustedProxies());
        } catch (IllegalArgumentException e) {
            values.problem("TRUSTED_PROXIES", Kind.MALFORMED, "TRUSTED_PROXIES: " + e.getMessage());
        }
    }

    private void checkJwtSecret(Settings settings) {
        Optional<Secret> jwt = settings.jwtSecret();
        if (jwt.isEmpty()) {
            values.problem("JWT_SECRET", Kind.MISSING, "JWT_SECRET is missing; set a random value of at least "
                    + MIN_JWT_SECRET_LENGTH + " characters, different in each environment");
            return;
        }
        if (Placeholders.isPlaceholder(jwt.get().value())) {
            return;
        }
        if (jwt.get().value().length() < MIN_JWT_SECRET_LENGTH) {
            values.problem("JWT_SECRET", Kind.WEAK, "JWT_SECRET is too short: at least " + MIN_JWT_SECRET_LENGTH + " characters are required");
        }
        List<Secret> others = new ArrayList<>();
        settings.gorgias().apiKey().ifPresent(others::add);
        others.addAll(settings.gorgias().webhookTokens());
        others.addAll(settings.gorgias().webhookSecrets());
        settings.shopify().accessToken().ifPresent(others::add);
        settings.shopify().clientSecret().ifPresent(others::add);
        settings.ai().apiKey().ifPresent(others::add);
        if (others.stream().anyMatch(s -> s.value().equals(jwt.get().value()))) {
            values.problem("JWT_SECRET", Kind.WEAK, "JWT_SECRET must not reuse another configured secret");
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private void checkWebhookSecrets(String name, List<Secret> configured) {
        for (Secret value : configured) {
            if (Placeholders.isPlaceholder(value.value())) {
                continue;
            }
            if (value.value().length() < MIN_WEBHOOK_SECRET_LENGTH) {
                values.problem(name, Kind.WEAK, name + " entries must be at least " + MIN_WEBHOOK_SECRET_LENGTH + " characters long");
            }
        }
    }

}
