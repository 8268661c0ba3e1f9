package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.ingest.WebhookLimits;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.application.health.HealthService;
import dev.gorgiasbridge.application.ingest.AcceptWebhookService;
import dev.gorgiasbridge.application.operations.ListRecentNotesService;
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
        return get(server, "*/*");
    }

    private static HttpResponse<String> get(HttpServer server, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + DevNotesEndpoint.PATH)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What Chromium sends when a person opens the address. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Test
    void the_notes_the_service_wrote_are_listed_newest_first() throws Exception {
        var ledger = new InMemoryNoteLedger();
        ledger.reserve(new TicketId(91234567), new EventId(UUID.randomUUID()),
                new InternalNote("gorgias-bridge:evt-1", "Two packages: UPS 1Z999AA10123456784", "<p>Two packages</p>"), "h");

        try (var server = server(Optional.of(new DevNotesEndpoint(new ListRecentNotesService(ledger))))) {
            var response = get(server);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"ticket_id\":91234567", "gorgias-bridge:evt-1", "1Z999AA10123456784");
        }
    }

    @Test
    void a_browser_gets_each_note_as_the_agent_reads_it_in_a_page_that_runs_nothing() throws Exception {
        var ledger = new InMemoryNoteLedger();
        ledger.reserve(new TicketId(91234567), new EventId(UUID.randomUUID()), new InternalNote("gorgias-bridge:evt-2",
                "Order #1042: 2 packages\nUPS 1Z999AA10123456784",
                "<p><strong>Order #1042</strong>: 2 packages</p>\n<ul>\n<li>UPS <a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">"
                        + "https://www.ups.com/track?tracknum=1Z999AA10123456784</a></li>\n</ul>"), "h1");

        try (var server = server(Optional.of(new DevNotesEndpoint(new ListRecentNotesService(ledger))))) {
            var response = get(server, BROWSER_ACCEPT);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'none'").doesNotContain("script-src", "unsafe-inline"));
            assertThat(response.body()).contains("<!doctype html>", "Ticket 91234567", " UTC",
                    "<strong>Order #1042</strong>: 2 packages",
                    "<a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">")
                    .doesNotContain("\"notes\":");
        }
    }

    @Test
    void markup_that_notes_are_not_written_with_is_escaped_in_the_page() throws Exception {
        var ledger = new InMemoryNoteLedger();
        ledger.reserve(new TicketId(7), new EventId(UUID.randomUUID()), new InternalNote("gorgias-bridge:evt-<b>3</b>",
                "Ada <script>alert(1)</script>",
                "<p>Ada <script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a></p>"), "h2");

        try (var server = server(Optional.of(new DevNotesEndpoint(new ListRecentNotesService(ledger))))) {
            String page = get(server, BROWSER_ACCEPT).body();

            assertThat(page).doesNotContain("<script", "<img", "javascript:alert(3)\">", "evt-<b>")
                    .contains("<p>Ada &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;",
                            "<pre>Ada &lt;script&gt;alert(1)&lt;/script&gt;</pre>", "evt-&lt;b&gt;3&lt;/b&gt;");
        }
    }

    @Test
    void api_clients_and_format_json_get_json_and_an_empty_ledger_says_how_to_get_a_note() throws Exception {
        try (var server = server(Optional.of(new DevNotesEndpoint(new ListRecentNotesService(new InMemoryNoteLedger()))))) {
            var json = get(server, "application/json");
            var page = get(server, BROWSER_ACCEPT);
            var asked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + DevNotesEndpoint.PATH + "?format=json")).header("Accept", BROWSER_ACCEPT).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(json.body()).isEqualTo("{\"notes\":[]}");
            assertThat(asked.body()).isEqualTo("{\"notes\":[]}");
            assertThat(page.body()).contains("No notes yet", "scripts/demo");
        }
    }

    @Test
    void outside_development_the_route_does_not_exist() throws Exception {
        try (var server = server(Optional.empty())) {
            assertThat(get(server).statusCode()).isEqualTo(404);
        }
    }
}
