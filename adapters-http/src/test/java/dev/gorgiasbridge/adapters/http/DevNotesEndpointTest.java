package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.application.health.HealthService;
import dev.gorgiasbridge.application.webhook.AcceptWebhookService;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DevNotesEndpointTest {

    private static HttpServer server(Optional<DevNotesEndpoint> devNotes) {
        var webhook = new GorgiasWebhookEndpoint(WebhookCredentials.of(List.of(), List.of()),
                new AcceptWebhookService(new InMemoryEventInbox(), Clock.systemUTC()),
                WebhookLimits.withDefaults(new InMemoryRateLimits()), ClientAddresses.trusting(List.of()), 1024,
                Clock.systemUTC());
        return HttpServer.start("127.0.0.1", 0, new HttpServer.Routes(webhook,
                new HealthEndpoints(new HealthService(List.of(), java.time.Duration.ofSeconds(1), Clock.systemUTC())), devNotes));
    }

    private static HttpResponse<String> get(HttpServer server) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + DevNotesEndpoint.PATH)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_notes_the_service_wrote_are_listed_newest_first() throws Exception {
        var ledger = new InMemoryNoteLedger();
        ledger.reserve(new TicketId(91234567), new EventId(UUID.randomUUID()),
                new InternalNote("gorgias-bridge:evt-1", "Two packages: UPS 1Z999AA10123456784", "<p>Two packages</p>"), "h");

        try (var server = server(Optional.of(new DevNotesEndpoint(ledger)))) {
            var response = get(server);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"ticket_id\":91234567", "gorgias-bridge:evt-1", "1Z999AA10123456784");
        }
    }

    @Test
    void outside_development_the_route_does_not_exist() throws Exception {
        try (var server = server(Optional.empty())) {
            assertThat(get(server).statusCode()).isEqualTo(404);
        }
    }
}
