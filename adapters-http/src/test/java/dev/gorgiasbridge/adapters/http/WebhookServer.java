package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.ingest.WebhookLimits;
import dev.gorgiasbridge.application.ingest.port.in.CountDeliveries;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import dev.gorgiasbridge.application.health.HealthService;
import dev.gorgiasbridge.application.ingest.AcceptWebhookService;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The real HTTP server on a random port, with in-memory ports behind it, and a client for it. */
final class WebhookServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final String ROTATED_TOKEN = "test-token-previous-0123456789";
    static final String SECRET = "test-hmac-secret-0123456789abcdef";
    static final long MAX_BYTES = 64 * 1024;

    final InMemoryEventInbox storedEvents = new InMemoryEventInbox();
    final InMemoryRateLimits rateLimits = new InMemoryRateLimits();
    final GorgiasWebhookEndpoint endpoint;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookServer(WebhookCredentials credentials) {
        this(credentials, 1000);
    }

    WebhookServer(WebhookCredentials credentials, long authenticatedCapacity) {
        this(credentials, authenticatedCapacity, WebhookBodies.defaults(MAX_BYTES));
    }

    WebhookServer(WebhookCredentials credentials, WebhookBodies bodies) {
        this(credentials, 1000, bodies);
    }

    private WebhookServer(WebhookCredentials credentials, long authenticatedCapacity, WebhookBodies bodies) {
        var limits = new WebhookLimits(rateLimits,
                new Limit("authenticated", authenticatedCapacity, 100, Duration.ofSeconds(1)),
                new Limit("unauthenticated", 10, 10, Duration.ofMinutes(1)));
        var accept = new AcceptWebhookService(storedEvents, Clock.systemUTC());
        this.endpoint = new GorgiasWebhookEndpoint(credentials, accept, limits, ClientAddresses.trusting(List.of()),
                bodies, Clock.systemUTC(), CountDeliveries.none());
        this.server = HttpServer.start("127.0.0.1", 0, new HttpServer.Routes(endpoint,
                new HealthEndpoints(new HealthService(List.of(), Duration.ofSeconds(1), Clock.systemUTC())), Optional.empty()));
    }

    static WebhookCredentials tokensAndSecret() {
        return WebhookCredentials.of(List.of(TOKEN, ROTATED_TOKEN), List.of(SECRET));
    }

    int port() {
        return server.port();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpRequest.Builder webhook(byte[] body) {
        return HttpRequest.newBuilder(uri(GorgiasWebhookEndpoint.PATH + "?event=ticket-message-created"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
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

    static byte[] contract(String name) {
        try (InputStream in = WebhookServer.class.getResourceAsStream("/contracts/gorgias/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing contract fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
