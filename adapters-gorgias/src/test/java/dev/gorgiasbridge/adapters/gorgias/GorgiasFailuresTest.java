package dev.gorgiasbridge.adapters.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotesTest.MESSAGES;
import static dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotesTest.NOTE;
import static dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotesTest.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.NotFound;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.domain.note.PostedNote;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How the Gorgias client fails: typed, retried only where safe, bounded, and without secrets. */
class GorgiasFailuresTest extends WireMockGorgiasTest {
    private static final String TICKET_PATH = "/api/tickets/91234567";

    @Test
    void refused_credentials_401_are_unauthorized_at_once_and_the_key_is_never_in_the_message() {
        server.stubFor(get(TICKET_PATH).willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"msg\":\"Unauthorized\"}}")));

        Unauthorized refused = catchThrowableOfType(Unauthorized.class, () -> client().ticket(TICKET));

        assertThat(refused.getMessage()).contains("401").doesNotContain(TestGorgias.API_KEY)
                .doesNotContain(TestGorgias.BASIC_AUTH.substring(6));
        assertThat(allRequests()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void forbidden_403_is_unauthorized_and_not_retried() {
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> client().post(TICKET, NOTE)).isInstanceOf(Unauthorized.class);
        assertThat(allRequests()).isEqualTo(1);
    }

    @Test
    void a_missing_ticket_is_empty_when_read_and_not_found_when_posted_on() {
        server.stubFor(get(TICKET_PATH).willReturn(aResponse().withStatus(404)));
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(404)));

        assertThat(client().ticket(TICKET)).isEmpty();
        assertThatThrownBy(() -> client().post(TICKET, NOTE)).isInstanceOf(NotFound.class);
        assertThat(allRequests()).isEqualTo(2);
    }

    @Test
    void other_4xx_answers_are_permanent_and_never_retried() {
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"msg\":\"bad\"}}")));
        server.stubFor(get(TICKET_PATH).willReturn(aResponse().withStatus(422)));

        assertThatThrownBy(() -> client().post(TICKET, NOTE)).isInstanceOf(Permanent.class).hasMessageContaining("400");
        assertThatThrownBy(() -> client().ticket(TICKET)).isInstanceOf(Permanent.class).hasMessageContaining("422");
        assertThat(allRequests()).isEqualTo(2);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void a_429_with_a_short_retry_after_is_waited_out_then_the_read_succeeds() {
        server.stubFor(get(TICKET_PATH).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("served"));
        server.stubFor(get(TICKET_PATH).inScenario("throttled").whenScenarioStateIs("served")
                .willReturn(okJson(TestGorgias.exampleTicketJson())));

        assertThat(client().ticket(TICKET)).isPresent();
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(requests(getRequestedFor(urlEqualTo(TICKET_PATH)))).isEqualTo(2);
    }

    @Test
    void a_post_refused_with_429_is_sent_again_because_gorgias_did_nothing() {
        server.stubFor(post(MESSAGES).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("served"));
        server.stubFor(post(MESSAGES).inScenario("throttled").whenScenarioStateIs("served")
                .willReturn(aResponse().withStatus(201).withBody(TestGorgias.fixture("create-message-response.json"))));

        assertThat(client().post(TICKET, NOTE)).isEqualTo(new PostedNote(310000003, NOTE.externalId()));
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(requests(postRequestedFor(urlEqualTo(MESSAGES)))).isEqualTo(2);
    }

    @Test
    void the_documented_429_with_a_long_retry_after_is_retry_later_with_that_delay() {
        server.stubFor(post(MESSAGES).willReturn(documentedRateLimitAnswer()));

        RetryLater later = catchThrowableOfType(RetryLater.class, () -> client().post(TICKET, NOTE));

        assertThat(later.after()).contains(Duration.ofSeconds(7));
        assertThat(allRequests()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void a_retry_after_given_as_an_http_date_is_honoured() {
        server.stubFor(get(TICKET_PATH).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "Tue, 06 Jan 2026 16:41:00 GMT")));

        RetryLater later = catchThrowableOfType(RetryLater.class, () -> client().ticket(TICKET));

        assertThat(later.after()).contains(Duration.ofMinutes(1));
    }

    @Test
    void a_5xx_on_a_read_is_retried_with_backoff_then_succeeds() {
        server.stubFor(get(TICKET_PATH).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        server.stubFor(get(TICKET_PATH).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(TestGorgias.exampleTicketJson())));

        assertThat(client().ticket(TICKET)).isPresent();
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500));
        assertThat(allRequests()).isEqualTo(2);
    }

    @Test
    void a_5xx_that_persists_exhausts_the_retries_as_retry_later() {
        server.stubFor(get(TICKET_PATH).willReturn(aResponse().withStatus(500)));

        RetryLater later = catchThrowableOfType(RetryLater.class, () -> client().ticket(TICKET));

        assertThat(later.getMessage()).contains("500");
        assertThat(allRequests()).isEqualTo(GorgiasHttp.MAX_ATTEMPTS);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void a_post_answered_5xx_is_not_sent_again_and_the_caller_then_finds_whether_it_landed() {
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(502)));
        server.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(okJson(TestGorgias.fixture("list-messages-response.json"))));
        var notes = client();

        assertThatThrownBy(() -> notes.post(TICKET, NOTE)).isInstanceOf(RetryLater.class)
                .hasMessageContaining("look for the external id first");
        assertThat(notes.findByExternalId(TICKET, NOTE.externalId())).isPresent();
        assertThat(requests(postRequestedFor(urlEqualTo(MESSAGES)))).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void a_read_timeout_on_a_read_is_retried_then_retry_later() {
        server.stubFor(get(TICKET_PATH).willReturn(okJson("{}").withFixedDelay(1500)));

        assertThatThrownBy(() -> impatientClient().ticket(TICKET)).isInstanceOf(RetryLater.class)
                .hasMessageContaining("no answer within");
        assertThat(requests(getRequestedFor(urlEqualTo(TICKET_PATH)))).isEqualTo(GorgiasHttp.MAX_ATTEMPTS);
    }

    @Test
    void a_read_timeout_on_a_post_is_not_sent_again() {
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201).withFixedDelay(1500)
                .withBody(TestGorgias.fixture("create-message-response.json"))));

        assertThatThrownBy(() -> impatientClient().post(TICKET, NOTE)).isInstanceOf(RetryLater.class);
        assertThat(requests(postRequestedFor(urlEqualTo(MESSAGES)))).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void a_refused_connection_is_retried_even_for_a_post_because_nothing_was_sent() throws Exception {
        URI closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = URI.create("http://localhost:" + socket.getLocalPort());
        }
        var notes = new GorgiasTicketNotes(TestGorgias.settings(server).withBaseUrl(closedPort), rateLimits,
                TestGorgias.CLOCK, sleeper);

        assertThatThrownBy(() -> notes.post(TICKET, NOTE)).isInstanceOf(RetryLater.class)
                .hasMessageContaining("could not connect");
        assertThat(sleeper.waits).hasSize(GorgiasHttp.MAX_ATTEMPTS - 1);
    }

    @Test
    void malformed_json_is_permanent_and_not_retried() {
        server.stubFor(get(TICKET_PATH).willReturn(okJson("{\"id\": 91234567, \"status\": ")));
        server.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201).withBody("<html>created</html>")));

        assertThatThrownBy(() -> client().ticket(TICKET)).isInstanceOf(Permanent.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> client().post(TICKET, NOTE)).isInstanceOf(Permanent.class);
        assertThat(allRequests()).isEqualTo(2);
    }

    @Test
    void a_created_message_without_an_id_is_permanent() {
        server.stubFor(post(MESSAGES).willReturn(okJson("{\"external_id\": \"gorgias-bridge:evt-000000000001\"}")));

        assertThatThrownBy(() -> client().post(TICKET, NOTE)).isInstanceOf(Permanent.class).hasMessageContaining("no id");
    }

    @Test
    void a_ticket_with_endless_pages_stops_after_the_page_bound_without_claiming_absence() {
        server.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(okJson("""
                {"data": [{"id": 310000001, "channel": "email"}], "meta": {"next_cursor": "more"}}""")));

        assertThatThrownBy(() -> client().findByExternalId(TICKET, NOTE.externalId())).isInstanceOf(Permanent.class);
        assertThat(allRequests()).isEqualTo(GorgiasTicketNotes.MAX_PAGES);
    }

    @Test
    void refused_credentials_make_gorgias_unreachable_with_a_reason_free_of_secrets() {
        server.stubFor(get("/api/account").willReturn(aResponse().withStatus(401)));

        Reachability reachability = client().reachability();

        assertThat(reachability).isInstanceOfSatisfying(Reachability.Unreachable.class, unreachable ->
                assertThat(unreachable.reason()).contains("401").doesNotContain(TestGorgias.API_KEY)
                        .doesNotContain(TestGorgias.BASIC_AUTH.substring(6)));
    }

    @Test
    void reachability_is_checked_once_without_retries() {
        server.stubFor(get("/api/account").willReturn(aResponse().withStatus(503)));

        assertThat(client().reachability()).isInstanceOf(Reachability.Unreachable.class);
        assertThat(allRequests()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void an_open_circuit_answers_retry_later_without_a_request() {
        server.stubFor(get(TICKET_PATH).willReturn(aResponse().withStatus(500)));
        var notes = client();
        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> notes.ticket(TICKET)).isInstanceOf(RetryLater.class);
        }
        int sent = allRequests();

        RetryLater open = catchThrowableOfType(RetryLater.class, () -> notes.post(TICKET, NOTE));

        assertThat(open.getMessage()).contains("circuit open");
        assertThat(open.after()).contains(GorgiasHttp.OPEN_CIRCUIT_WAIT);
        assertThat(allRequests()).isEqualTo(sent);
        assertThat(requests(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo(TestGorgias.BASIC_AUTH))))
                .isEqualTo(sent);
    }

    @Test
    void after_the_open_period_the_circuit_lets_a_trial_request_through() {
        server.stubFor(get(TICKET_PATH).willReturn(aResponse().withStatus(500)));
        var clock = new SettableClock(Instant.parse("2026-01-06T16:40:00Z"));
        var notes = client(rateLimits, clock);
        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> notes.ticket(TICKET)).isInstanceOf(RetryLater.class);
        }
        server.stubFor(get(TICKET_PATH).willReturn(okJson(TestGorgias.exampleTicketJson())));
        clock.now = clock.now.plus(GorgiasHttp.OPEN_CIRCUIT_WAIT).plusSeconds(1);

        assertThat(notes.ticket(TICKET)).isPresent();
    }

    private GorgiasTicketNotes impatientClient() {
        return new GorgiasTicketNotes(TestGorgias.settings(server).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(250)),
                rateLimits, TestGorgias.CLOCK, sleeper);
    }

    /** contracts/gorgias/rate-limited.http as a WireMock answer. */
    private static ResponseDefinitionBuilder documentedRateLimitAnswer() {
        String[] headAndBody = TestGorgias.fixture("rate-limited.http").split("\\R\\R", 2);
        String[] lines = headAndBody[0].split("\\R");
        var answer = aResponse().withStatus(Integer.parseInt(lines[0].split(" ")[1])).withBody(headAndBody[1]);
        for (int i = 1; i < lines.length; i++) {
            String[] header = lines[i].split(":\\s*", 2);
            answer = answer.withHeader(header[0], header[1]);
        }
        return answer;
    }

    /** A clock the test moves by hand. */
    private static final class SettableClock extends Clock {
        volatile Instant now;

        SettableClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
