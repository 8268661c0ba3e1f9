package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.gorgias.GorgiasEventPayloads;
import dev.gorgiasbridge.adapters.http.ClientAddresses;
import dev.gorgiasbridge.adapters.http.CorsPolicy;
import dev.gorgiasbridge.adapters.http.DevNotesEndpoint;
import dev.gorgiasbridge.adapters.http.GorgiasWebhookEndpoint;
import dev.gorgiasbridge.adapters.http.HealthEndpoints;
import dev.gorgiasbridge.adapters.http.MetricsEndpoint;
import dev.gorgiasbridge.adapters.metrics.Telemetry;
import dev.gorgiasbridge.adapters.http.HttpServer;
import dev.gorgiasbridge.adapters.http.WebhookBodies;
import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import dev.gorgiasbridge.adapters.persistence.postgres.PostgresSettings;
import dev.gorgiasbridge.adapters.persistence.cache.InProcessOrderCache;
import dev.gorgiasbridge.adapters.persistence.ratelimit.InProcessRateLimits;
import dev.gorgiasbridge.adapters.persistence.redis.RedisStore;
import dev.gorgiasbridge.application.ingest.DeliveryCountingService;
import dev.gorgiasbridge.application.ingest.WebhookLimits;
import dev.gorgiasbridge.application.operations.ListRecentNotesService;
import dev.gorgiasbridge.application.processing.EnrichTicketService;
import dev.gorgiasbridge.application.processing.NoteSignature;
import dev.gorgiasbridge.application.processing.RecordedReplyDrafter;
import dev.gorgiasbridge.application.health.HealthService;
import dev.gorgiasbridge.application.processing.ObservedOrderHistory;
import dev.gorgiasbridge.application.processing.ObservedTicketNotes;
import dev.gorgiasbridge.application.processing.Refusals;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.application.operations.ShowEventService;
import dev.gorgiasbridge.application.operations.port.in.ShowEvent;
import dev.gorgiasbridge.application.ingest.port.out.IngestMetrics;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import dev.gorgiasbridge.application.retention.RetentionService;
import dev.gorgiasbridge.application.ingest.AcceptWebhookService;
import dev.gorgiasbridge.application.redaction.RedactedEventInbox;
import dev.gorgiasbridge.application.processing.EventWorker;
import dev.gorgiasbridge.application.processing.WorkerSettings;
import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.observability.MdcLogContext;
import dev.gorgiasbridge.bootstrap.observability.Redactions;
import dev.gorgiasbridge.bootstrap.config.Secret;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.domain.webhook.RetrySchedule;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand from its settings: database (or the embedded one), migrations,
 * Redis when configured, the use cases and the HTTP server. Startable on port 0 from tests.
 */
public final class GorgiasBridge implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GorgiasBridge.class);
    private static final Duration DB_CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    /** How often an instance adds its delivery counts to the database: one batched upsert, whatever the traffic. */
    private static final Duration DELIVERY_COUNTS_WRITTEN_EVERY = Duration.ofSeconds(5);

    private final Deque<AutoCloseable> resources;
    private final HttpServer http;
    private final NoteLedger notes;
    private final ShowEvent events;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GorgiasBridge(Deque<AutoCloseable> resources, HttpServer http, NoteLedger notes, ShowEvent events) {
        this.resources = resources;
        this.http = http;
        this.notes = notes;
        this.events = events;
    }

    /** Opens (or starts) the database and applies migrations; the caller closes what it gets. */
    static Database openDatabase(Settings settings, Path workingDirectory) {
        if (settings.database().isPresent()) {
            var url = settings.database().get();
            var postgres = PostgresDatabase.connect(new PostgresSettings(url.jdbcUrl(), url.user(), url.password().value(),
                    settings.dbPoolSize(), DB_CONNECTION_TIMEOUT));
            return new Database(postgres, Optional.empty());
        }
        log.info("no DATABASE_URL: starting the embedded PostgreSQL under {}",
                workingDirectory.resolve(EmbeddedDatabase.DATA_DIRECTORY).toAbsolutePath().normalize());
        var embedded = EmbeddedDatabase.start(workingDirectory);
        return new Database(PostgresDatabase.connect(embedded.settings(settings.dbPoolSize())), Optional.of(embedded));
    }

    /** A database pool and, in development, the embedded server behind it. */
    record Database(PostgresDatabase postgres, Optional<EmbeddedDatabase> embedded) implements AutoCloseable {
        @Override
        public void close() {
            postgres.close();
            embedded.ifPresent(EmbeddedDatabase::close);
        }
    }

    /** Starts the service; its readiness checklist then checks the configuration only as far as startup did. */
    public static GorgiasBridge start(Settings settings, Path workingDirectory) {
        return start(settings, workingDirectory, Optional.empty());
    }

    /** Starts the service whose settings were read from {@code environment}, which the readiness checklist judges. */
    public static GorgiasBridge start(Settings settings, Path workingDirectory, Map<String, String> environment) {
        return start(settings, workingDirectory, Optional.of(Map.copyOf(environment)));
    }

    private static GorgiasBridge start(Settings settings, Path workingDirectory, Optional<Map<String, String>> environment) {
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Database database = openDatabase(settings, workingDirectory);
            resources.push(database);
            var migration = database.postgres().migrate();
            log.info(migration.describe());

            Optional<RedisStore> redis = redis(settings, resources);
            RateLimits rateLimits = redis.map(RedisStore::rateLimits).orElseGet(InProcessRateLimits::new);
            var rates = settings.webhookRates();
            var limits = new WebhookLimits(rateLimits,
                    new Limit("webhook-authenticated", rates.burst(), rates.perSecond(), Duration.ofSeconds(1)),
                    new Limit("webhook-unauthenticated", rates.unauthenticatedPerMinute(),
                            rates.unauthenticatedPerMinute(), Duration.ofMinutes(1)));
            var credentials = WebhookCredentials.of(values(settings.gorgias().webhookTokens()),
                    values(settings.gorgias().webhookSecrets()), settings.gorgias().webhookTimestampRequired()
                            ? WebhookCredentials.SignedTimestamp.REQUIRED : WebhookCredentials.SignedTimestamp.OPTIONAL);
            if (!credentials.anyConfigured()) {
                log.warn("no GORGIAS_WEBHOOK_TOKEN or GORGIAS_WEBHOOK_SECRET configured: every webhook will be refused");
            }
            var clock = Clock.systemUTC();
            var telemetry = new Telemetry(settings.env().wireName(), version());
            resources.push(telemetry);
            var inbox = database.postgres().eventInbox();
            var ledger = database.postgres().noteLedger();
            OrderCache cache = redis.map(r -> r.orderCache(settings.orderCacheTtl(), clock))
                    .orElseGet(() -> new InProcessOrderCache(settings.orderCacheTtl()));
            ProcessingMetrics metrics = telemetry.processing();
            telemetry.watchQueue(inbox, clock);
            telemetry.watchPool(database.postgres()::poolUsage);
            telemetry.watchCache(cache);
            var refusals = new Refusals(metrics, clock);
            Optional<ShopifyOrderHistory> shopify = Adapters.shopify(settings, resources);
            Optional<OrderHistory> shop = shopify.map(client -> new ObservedOrderHistory(client, metrics, refusals));
            TicketNotes helpdesk = new ObservedTicketNotes(Adapters.gorgias(settings, rateLimits), metrics, refusals);
            var enrich = new EnrichTicketService(new GorgiasEventPayloads(), database.postgres().customerDirectory(),
                    shop, cache, new RecordedReplyDrafter(Adapters.replyDrafter(settings, rateLimits, resources),
                            telemetry.drafts()), helpdesk, ledger,
                    new NoteSignature("Gorgias Bridge", version(), Adapters.storeName(settings, shopify)), metrics,
                    Adapters.shopTimeZone(shopify), clock);
            if (settings.workerConcurrency() > 0) {
                // What attempts write down (summaries, errors, stage details) is masked like the logs before it is stored.
                resources.push(EventWorker.start(new RedactedEventInbox(inbox, Redactions.of(settings)), enrich,
                        new RetrySchedule(ThreadLocalRandom::current),
                        clock, WorkerSettings.defaults(settings.workerConcurrency()), metrics, new MdcLogContext()));
            } else {
                log.info("WORKER_CONCURRENCY=0: this instance only accepts webhooks; other instances process them");
            }
            resources.push(RetentionJob.start(new RetentionService(database.postgres().personalData(),
                    settings.inboxRetention(), clock), settings.inboxRetention()));
            // Every delivery, refused ones included, counted in the database for the success criteria.
            var deliveries = database.postgres().deliveryCounts(clock, DELIVERY_COUNTS_WRITTEN_EVERY);
            resources.push(deliveries);
            var accept = new AcceptWebhookService(inbox, clock);
            var bodies = new WebhookBodies(settings.webhookMaxBytes(), settings.webhookBodies().maxUnverifiedBytes(),
                    settings.webhookBodies().readTimeout());
            var webhook = new GorgiasWebhookEndpoint(credentials, accept, limits,
                    ClientAddresses.trusting(settings.trustedProxies()), bodies, clock,
                    new DeliveryCountingService(IngestMetrics.both(telemetry.ingest(), deliveries)));
            // Only while notes are kept here instead of posted: otherwise they are on the tickets, behind Gorgias's login.
            Optional<DevNotesEndpoint> devNotes = settings.env() == AppEnv.DEVELOPMENT && !settings.gorgias().apiConfigured()
                    ? Optional.of(new DevNotesEndpoint(new ListRecentNotesService(ledger))) : Optional.empty();
            var health = new HealthService(Probes.all(database.postgres(), redis, cache, shop, helpdesk, clock),
                    Duration.ofSeconds(3), clock, Redactions.of(settings));
            var admin = AdminWiring.adminApi(settings, environment, workingDirectory, database.postgres(), deliveries, redis,
                    helpdesk, shopify, inbox, clock);
            var metricsEndpoint = new MetricsEndpoint(telemetry::scrape, settings.metricsToken().map(Secret::value));
            HttpServer http = HttpServer.start(settings.host(), settings.port(), new HttpServer.Routes(webhook,
                    new HealthEndpoints(health), devNotes, Optional.of(metricsEndpoint), Optional.of(admin),
                    new CorsPolicy(settings.corsAllowedOrigins())));
            resources.push(http);
            log.info("database {}, rate limits {}", database.embedded().isPresent() ? "embedded" : "external",
                    settings.redisUrl().isPresent() ? "in Redis" : "in-process");
            new StartupBanner(version(), settings.env(), http.port(), migration.schemaVersion(),
                    devNotes.map(endpoint -> DevNotesEndpoint.PATH), settings.jwtSecret().isPresent(),
                    database.embedded().map(EmbeddedDatabase::dataDirectory), ProcessHandle.current().pid())
                    .messages(settings.logFormat()).forEach(log::info);
            return new GorgiasBridge(resources, http, ledger, new ShowEventService(database.postgres().eventListing()));
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static Optional<RedisStore> redis(Settings settings, Deque<AutoCloseable> resources) {
        if (settings.redisUrl().isEmpty()) {
            return Optional.empty();
        }
        RedisStore redis = RedisStore.open(settings.redisUrl().get());
        resources.push(redis);
        if (!redis.ping()) {
            log.warn("Redis does not answer yet; rate limits and budgets are enforced per instance and the cache "
                    + "is bypassed until it does");
        }
        return Optional.of(redis);
    }

    /** The release, from the jar's manifest; "development" when run from classes. */
    static String version() {
        String version = GorgiasBridge.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static List<String> values(List<Secret> secrets) {
        return secrets.stream().map(Secret::value).toList();
    }

    public int port() {
        return http.port();
    }

    /** Whether the server answers this route, {@code "GET /api/dev/notes"} say. */
    boolean serves(String route) {
        return http.routes().contains(route);
    }

    /** The notes this service wrote, as recorded before posting (what the demo prints). */
    NoteLedger notes() {
        return notes;
    }

    /** The stored events as operators see them (what the demo waits on). */
    ShowEvent events() {
        return events;
    }

    /** Stops serving, lets the workers finish or give their events back, and closes the database. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeAll(resources);
            log.info("Gorgias Bridge stopped");
        }
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                log.warn("error while shutting down: {}", e.toString());
            }
        }
    }
}
