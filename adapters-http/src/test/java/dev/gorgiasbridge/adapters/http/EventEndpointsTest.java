package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin API's answers to what does not exist or cannot be meant: problem documents, never a 500. */
class EventEndpointsTest {
    private final AdminServer server = new AdminServer(Optional.of(AdminServer.tokens()));
    private final String token = AdminServer.tokens().mint("ops@lindas.example", java.time.Duration.ofMinutes(5));

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path) {
        return server.send(server.request(path).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void an_unknown_event_keeps_the_endpoint_s_own_not_found_detail() {
        String id = UUID.randomUUID().toString();

        var shown = server.get("/api/events/" + id, token);
        var replayed = post("/api/events/" + id + "/replay");

        assertThat(shown.statusCode()).isEqualTo(404);
        assertThat(shown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(shown.body()).contains("\"detail\":\"no event " + id + "\"").doesNotContain("no such endpoint");
        assertThat(replayed.statusCode()).isEqualTo(404);
        assertThat(replayed.body()).contains("no event " + id);
    }

    @Test
    void a_malformed_event_id_keeps_its_own_detail_and_an_unknown_route_gets_the_generic_one() {
        var malformed = server.get("/api/events/not-a-uuid", token);
        var unknownRoute = server.get("/api/nothing-here", token);

        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("event ids are UUIDs");
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(unknownRoute.body()).contains("\"status\":404", "no such endpoint");
    }

    @Test
    void out_of_range_unparsable_missing_or_reversed_instants_are_400_problems() {
        String valid = "2026-11-01T00:00:00Z";
        List<String> queries = List.of(
                "from=%2B999999999-01-01T00:00:00Z&to=%2B999999999-12-31T00:00:00Z",
                "from=" + valid + "&to=%2B999999999-01-01T00:00:00Z",
                "from=-999999999-01-01T00:00:00Z&to=" + valid,
                "from=%2B1000000001-01-01T00:00:00Z&to=" + valid,
                "from=yesterday&to=" + valid,
                "from=2026-11-01&to=2026-11-02",
                "to=" + valid,
                "from=" + valid,
                "from=2026-11-02T00:00:00Z&to=" + valid,
                "from=" + valid + "&to=" + valid);
        for (String query : queries) {
            var response = post("/api/events/replay?status=dead&" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(query).contains("\"status\":400").containsAnyOf(
                    "must be instants", "must lie between", "from must be before to");
        }
    }

    @Test
    void a_sane_range_is_replayed() {
        var response = post("/api/events/replay?status=dead&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"replayed\":0");
    }
}
