package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.health.HealthService;
import dev.gorgiasbridge.application.ingest.DeliveryCountingService;
import dev.gorgiasbridge.application.ingest.WebhookLimits;
import dev.gorgiasbridge.application.memory.InMemoryCustomerDirectory;
import dev.gorgiasbridge.application.memory.InMemoryDeliveryCounts;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryPersonalData;
import dev.gorgiasbridge.application.memory.InMemoryEventListing;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryOutcomeStatistics;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.application.operations.ListEventsService;
import dev.gorgiasbridge.application.operations.ListRecentNotesService;
import dev.gorgiasbridge.application.operations.ShowEventService;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import dev.gorgiasbridge.application.readiness.ReadinessService;
import dev.gorgiasbridge.application.operations.ReplayEventsService;
import dev.gorgiasbridge.application.retention.PurgeCustomerService;
import dev.gorgiasbridge.application.stats.MeasureSuccessService;
import dev.gorgiasbridge.application.ingest.AcceptWebhookService;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The real HTTP server on a random port with the admin API over in-memory ports, and a client for it. */
final class AdminServer implements AutoCloseable {
    static final String SECRET = "admin-test-jwt-secret-0123456789abcdef";
    static final String ENVIRONMENT = "staging";
    static final String ALLOWED_ORIGIN = "https://ops.lindas.example";

    final InMemoryEventInbox inbox = new InMemoryEventInbox();
    final InMemoryCustomerDirectory customers = new InMemoryCustomerDirectory();
    final InMemoryNoteLedger notes = new InMemoryNoteLedger();
    final InMemoryDeliveryCounts deliveries = new InMemoryDeliveryCounts(Clock.systemUTC());
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AdminServer(Optional<AdminTokens> tokens) {
        this(tokens, false);
    }

    /** @param everyRoute also the routes that only some environments have: development notes and metrics */
    AdminServer(Optional<AdminTokens> tokens, boolean everyRoute) {
        var clock = Clock.systemUTC();
        var webhook = new GorgiasWebhookEndpoint(WebhookCredentials.of(List.of(), List.of()),
                new AcceptWebhookService(inbox, clock), WebhookLimits.withDefaults(new InMemoryRateLimits()),
                ClientAddresses.trusting(List.of()), WebhookBodies.defaults(1024), clock, new DeliveryCountingService(deliveries));
        var listing = new InMemoryEventListing(inbox);
        ReadinessCheck check = new ReadinessCheck() {
            @Override
            public String item() {
                return "configuration";
            }

            @Override
            public List<Finding> check() {
                return List.of(Finding.pass("configuration", "fine"), Finding.warn("redis reachable", "not configured"));
            }
        };
        var admin = new AdminApi(tokens, new ListEventsService(listing), new ShowEventService(listing),
                new ReplayEventsService(inbox), new MeasureSuccessService(new InMemoryOutcomeStatistics(inbox), deliveries, inbox, clock),
                new ReadinessService(List.of(check), Duration.ofSeconds(1), clock), ENVIRONMENT, false,
                new PurgeCustomerService(new InMemoryPersonalData(inbox, customers, notes)));
        this.server = HttpServer.start("127.0.0.1", 0, new HttpServer.Routes(webhook,
                new HealthEndpoints(new HealthService(List.of(), Duration.ofSeconds(1), clock)),
                Optional.of(new DevNotesEndpoint(new ListRecentNotesService(new InMemoryNoteLedger()))).filter(notes -> everyRoute),
                Optional.of(new MetricsEndpoint(() -> "", Optional.empty())).filter(metrics -> everyRoute),
                Optional.of(admin), new CorsPolicy(List.of(ALLOWED_ORIGIN))));
    }

    static AdminTokens tokens() {
        return new AdminTokens(SECRET, ENVIRONMENT, Clock.systemUTC());
    }

    /** Every route the server registered, as {@link HttpServer#routes()} lists them. */
    List<String> routes() {
        return server.routes();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(10));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET().build());
    }

    @Override
    public void close() {
        server.close();
    }
}
