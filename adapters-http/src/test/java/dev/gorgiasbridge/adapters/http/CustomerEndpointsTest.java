package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/customers/purge} and what a replay of an erased event answers. */
class CustomerEndpointsTest {
    private AdminServer server;
    private String token;

    @BeforeEach
    void start() {
        server = new AdminServer(Optional.of(AdminServer.tokens()));
        token = AdminServer.tokens().mint("dpo@lindas.example", Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> purge(String body, Optional<String> bearer) {
        var request = server.request("/api/customers/purge").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        bearer.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return server.send(request.build());
    }

    private EventId mariasEvent() {
        var customer = new TicketCustomer(Optional.of("412000387"), Optional.of("Maria.Keller@Example.com"),
                Optional.of("Maria Keller"), List.of(), Optional.empty(), Optional.empty());
        server.customers.record(new Ticket(new TicketId(4021), Optional.of("Paket?"), "open", false, Optional.of("de"),
                customer, List.of()), CustomerIdentity.read("412000387", "Maria.Keller@Example.com", List.of()));
        return server.inbox.store(new InboxEvent(new DedupKey("message:4021:1"), "ticket-message-created",
                new TicketId(4021), "{\"message\":{\"body_text\":\"Wo ist mein Paket?\"}}",
                Instant.parse("2026-11-30T12:00:00Z"))).eventId();
    }

    @Test
    void the_customers_data_is_erased_and_what_went_is_counted() {
        EventId event = mariasEvent();

        var answer = purge("{\"email\": \" maria.keller@EXAMPLE.com \"}", Optional.of(token));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"removed\":{\"customers\":1,\"tickets\":1,\"notes\":0,\"event_payloads\":1}}");
        assertThat(server.inbox.payloadPurged(event)).isTrue();
        assertThat(server.customers.knows(new TicketId(4021))).isFalse();
    }

    @Test
    void replaying_an_erased_event_is_refused_as_gone_with_the_reason() {
        EventId event = mariasEvent();
        purge("{\"email\": \"maria.keller@example.com\"}", Optional.of(token));

        var answer = server.send(server.request("/api/events/" + event + "/replay")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(answer.statusCode()).isEqualTo(410);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("payload was deleted");
    }

    @Test
    void anything_but_an_email_address_is_a_bad_request_that_erases_nothing() {
        EventId event = mariasEvent();

        for (String body : List.of("", "not json", "{}", "{\"email\": 42}", "{\"email\": \"maria.keller\"}",
                "[\"maria.keller@example.com\"]")) {
            var answer = purge(body, Optional.of(token));
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.body()).contains("\"status\":400");
        }
        assertThat(server.inbox.payloadPurged(event)).isFalse();
    }

    @Test
    void without_an_admin_token_nothing_is_erased() {
        EventId event = mariasEvent();

        assertThat(purge("{\"email\": \"maria.keller@example.com\"}", Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(server.inbox.payloadPurged(event)).isFalse();
    }
}
