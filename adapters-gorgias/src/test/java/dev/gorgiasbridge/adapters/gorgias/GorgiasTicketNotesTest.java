package dev.gorgiasbridge.adapters.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.TicketNotesContract;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Gorgias client's successful conversations, on the documented payloads of contracts/gorgias/. */
class GorgiasTicketNotesTest extends WireMockGorgiasTest {
    static final TicketId TICKET = new TicketId(91234567);
    static final String MESSAGES = "/api/tickets/91234567/messages";
    static final InternalNote NOTE = new InternalNote("gorgias-bridge:evt-000000000001",
            "Order #1042: split shipment ...", "<p>Order #1042: split shipment ...</p>");

    @Test
    void a_note_is_posted_as_an_internal_note_with_every_documented_field() {
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TestGorgias.fixture("create-message-response.json"))));

        PostedNote posted = client().post(TICKET, NOTE);

        assertThat(posted).isEqualTo(new PostedNote(310000003, "gorgias-bridge:evt-000000000001"));
        server.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo(TestGorgias.BASIC_AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"channel": "internal-note", "via": "api", "from_agent": true, "public": false,
                         "sender": {"email": "bridge-bot@lindas.example"},
                         "external_id": "gorgias-bridge:evt-000000000001",
                         "body_text": "Order #1042: split shipment ...",
                         "body_html": "<p>Order #1042: split shipment ...</p>"}""")));
        assertThat(allRequests()).isEqualTo(1);
    }

    @Test
    void the_note_sender_can_differ_from_the_api_user() {
        server.stubFor(post(MESSAGES).willReturn(okJson(TestGorgias.fixture("create-message-response.json"))));
        var notes = new GorgiasTicketNotes(TestGorgias.settings(server).withSenderEmail("notes@lindas.example"),
                rateLimits, TestGorgias.CLOCK, sleeper);

        notes.post(TICKET, NOTE);

        server.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo(TestGorgias.BASIC_AUTH))
                .withRequestBody(equalToJson("{\"sender\": {\"email\": \"notes@lindas.example\"}}", true, true)));
    }

    @Test
    void any_2xx_answer_is_success_and_unknown_fields_are_ignored() {
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(200).withBody("""
                {"id": 310000009, "external_id": "gorgias-bridge:evt-000000000001", "brand_new_field": {"x": [1, 2]},
                 "meta": null, "integration_id": 7}""")));

        assertThat(client().post(TICKET, NOTE)).isEqualTo(new PostedNote(310000009, "gorgias-bridge:evt-000000000001"));
    }

    @Test
    void the_ticket_is_read_into_the_domain_ticket() {
        server.stubFor(get("/api/tickets/91234567").willReturn(okJson(TestGorgias.exampleTicketJson())));

        Optional<Ticket> ticket = client().ticket(TICKET);

        assertThat(ticket).contains(TicketNotesContract.exampleTicket());
        server.verify(1, getRequestedFor(urlEqualTo("/api/tickets/91234567"))
                .withHeader("Authorization", equalTo(TestGorgias.BASIC_AUTH))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void ticket_values_sent_as_strings_and_datetimes_without_offset_are_read_alike() {
        server.stubFor(get("/api/tickets/91234567").willReturn(okJson("""
                {"id": "91234567", "status": "closed", "spam": "true", "some_new_block": {"a": 1},
                 "customer": {"id": "412000387", "email": " maria.keller@example.com ",
                   "integrations": {"82185": {"__integration_type__": "shopify",
                       "customer": {"id": "7460267524351", "orders_count": 3, "total_spent": "412.80"}},
                     "90001": {"__integration_type__": "http", "name": "our relay"}}},
                 "messages": [{"id": "310000001", "channel": "email", "from_agent": "false",
                   "created_datetime": "2026-01-06T15:02:11.481203", "unknown": true},
                   {"channel": "email", "body_text": "a message without an id is left out"}]}""")));

        Ticket ticket = client().ticket(TICKET).orElseThrow();

        assertThat(ticket.id()).isEqualTo(TICKET);
        assertThat(ticket.isClosed()).isTrue();
        assertThat(ticket.spam()).isTrue();
        assertThat(ticket.subject()).isEmpty();
        assertThat(ticket.customer().gorgiasId()).contains("412000387");
        assertThat(ticket.customer().integrations()).containsExactly(
                GorgiasIntegration.of("shopify", "7460267524351"), GorgiasIntegration.of("http", null));
        assertThat(ticket.customer().ordersCount()).contains(3);
        assertThat(ticket.customer().totalSpent()).contains("412.80");
        assertThat(ticket.messages()).singleElement().satisfies(message -> {
            assertThat(message.fromAgent()).isFalse();
            assertThat(message.createdAt()).contains(Instant.parse("2026-01-06T15:02:11.481203Z"));
        });
    }

    @Test
    void a_ticket_without_customer_or_messages_is_still_a_ticket() {
        server.stubFor(get("/api/tickets/91234567").willReturn(okJson("{\"id\": 91234567, \"status\": \"open\"}")));

        Ticket ticket = client().ticket(TICKET).orElseThrow();

        assertThat(ticket.messages()).isEmpty();
        assertThat(ticket.customer().email()).isEmpty();
        assertThat(ticket.customer().integrations()).isEmpty();
        assertThat(ticket.customer().ordersCount()).isEmpty();
    }

    @Test
    void the_documented_message_list_holds_our_note_on_its_only_page() {
        server.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(okJson(TestGorgias.fixture("list-messages-response.json"))));

        Optional<PostedNote> found = client().findByExternalId(TICKET, "gorgias-bridge:evt-000000000001");

        assertThat(found).contains(new PostedNote(310000003, "gorgias-bridge:evt-000000000001"));
        server.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo(TestGorgias.BASIC_AUTH))
                .withQueryParam("limit", equalTo("100"))
                .withQueryParam("cursor", absent()));
    }

    @Test
    void the_external_id_is_found_on_the_second_page() {
        stubTwoPages("gorgias-bridge:evt-000000000001");

        Optional<PostedNote> found = client().findByExternalId(TICKET, "gorgias-bridge:evt-000000000001");

        assertThat(found).contains(new PostedNote(310000003, "gorgias-bridge:evt-000000000001"));
        server.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("limit", equalTo("100"))
                .withQueryParam("cursor", absent()));
        server.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("limit", equalTo("100"))
                .withQueryParam("cursor", equalTo("page 2/+=")));
        assertThat(allRequests()).isEqualTo(2);
    }

    @Test
    void an_external_id_on_no_page_is_not_found_after_the_last_page() {
        stubTwoPages("gorgias-bridge:evt-000000000001");

        assertThat(client().findByExternalId(TICKET, "gorgias-bridge:evt-000000000999")).isEmpty();
        assertThat(allRequests()).isEqualTo(2);
    }

    @Test
    void reachability_is_one_authenticated_get_of_the_account() {
        server.stubFor(get("/api/account").willReturn(okJson("{\"domain\": \"lindas\", \"status\": {\"status\": \"active\"}}")));

        assertThat(client().reachability()).isInstanceOf(Reachability.Reachable.class);
        server.verify(1, getRequestedFor(urlEqualTo("/api/account"))
                .withHeader("Authorization", equalTo(TestGorgias.BASIC_AUTH)));
    }

    @Test
    void an_overridden_base_url_keeps_its_path_prefix() {
        server.stubFor(get("/relay/gorgias/api/account").willReturn(okJson("{}")));
        var notes = new GorgiasTicketNotes(TestGorgias.settings(server)
                .withBaseUrl(URI.create(server.baseUrl() + "/relay/gorgias/")), rateLimits, TestGorgias.CLOCK, sleeper);

        assertThat(notes.reachability()).isInstanceOf(Reachability.Reachable.class);
        server.verify(1, getRequestedFor(urlEqualTo("/relay/gorgias/api/account")));
    }

    private static void stubTwoPages(String externalIdOnPageTwo) {
        server.stubFor(get(urlPathEqualTo(MESSAGES)).withQueryParam("cursor", absent()).willReturn(okJson("""
                {"data": [{"id": 310000001, "channel": "email", "external_id": null},
                          {"id": 310000002, "channel": "email"}],
                 "meta": {"next_cursor": "page 2/+=", "prev_cursor": null}}""")));
        server.stubFor(get(urlPathEqualTo(MESSAGES)).withQueryParam("cursor", equalTo("page 2/+=")).willReturn(okJson("""
                {"data": [{"id": 310000003, "channel": "internal-note", "external_id": "%s"}],
                 "meta": {"next_cursor": null, "prev_cursor": "page 1"}}""".formatted(externalIdOnPageTwo))));
    }
}
