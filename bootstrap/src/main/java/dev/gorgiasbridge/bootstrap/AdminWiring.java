package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.http.AdminApi;
import dev.gorgiasbridge.adapters.http.AdminTokens;
import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import dev.gorgiasbridge.adapters.persistence.redis.RedisStore;
import dev.gorgiasbridge.application.operations.ListEventsService;
import dev.gorgiasbridge.application.operations.ShowEventService;
import dev.gorgiasbridge.application.stats.port.out.DeliveryCounts;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.application.readiness.ReadinessService;
import dev.gorgiasbridge.application.operations.ReplayEventsService;
import dev.gorgiasbridge.application.retention.PurgeCustomerService;
import dev.gorgiasbridge.application.stats.MeasureSuccessService;
import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.bootstrap.doctor.Doctor;
import dev.gorgiasbridge.bootstrap.doctor.LiveChecks;
import dev.gorgiasbridge.bootstrap.doctor.LiveChecks.Available;
import dev.gorgiasbridge.bootstrap.observability.Redactions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The admin API wired from the running service's own database, Redis and clients. */
final class AdminWiring {
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(10);

    private AdminWiring() {
    }

    static AdminApi adminApi(Settings settings, Optional<Map<String, String>> environment, Path workingDirectory,
                             PostgresDatabase database, DeliveryCounts deliveries, Optional<RedisStore> redis,
                             TicketNotes helpdesk, Optional<ShopifyOrderHistory> shop, EventInbox inbox, Clock clock) {
        Optional<AdminTokens> tokens = settings.jwtSecret()
                .map(secret -> new AdminTokens(secret.value(), settings.env().wireName(), clock));
        AppEnv rules = settings.env().strict() ? settings.env() : AppEnv.STAGING;
        var live = new LiveChecks.Dependencies(new Available.Present<>(database),
                Available.of(redis, Finding.warn(LiveChecks.REDIS, "REDIS_URL is not set: rate limits and the cache are per instance")),
                settings.gorgias().apiConfigured() ? new Available.Present<>(helpdesk)
                        : Available.of(Optional.empty(), Finding.warn(LiveChecks.GORGIAS, "not called: the Gorgias account is not configured")),
                Available.of(shop, Finding.warn(LiveChecks.SHOPIFY, "not called: Shopify is not configured")));
        var redactions = Redactions.of(settings);
        var readiness = new ReadinessService(Doctor.forService(environment, rules, workingDirectory, live),
                READINESS_TIMEOUT, clock, redactions);
        var listing = database.eventListing();
        return new AdminApi(tokens, new ListEventsService(listing, redactions), new ShowEventService(listing, redactions),
                new ReplayEventsService(inbox), new MeasureSuccessService(database.outcomeStatistics(), deliveries, inbox, clock),
                readiness, rules.wireName(), settings.ai().baseUrl().isPresent(),
                new PurgeCustomerService(database.personalData()));
    }
}
