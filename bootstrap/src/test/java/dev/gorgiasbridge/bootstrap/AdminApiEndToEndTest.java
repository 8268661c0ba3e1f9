package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.adapters.http.AdminTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin API through the whole service in staging: real server, PostgreSQL, Redis and WireMock'd
 * Gorgias and Shopify. Two webhooks are processed for real; a dead and a retrying event are written
 * straight into the inbox, as a worker would have left them.
 */
class AdminApiEndToEndTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"), StandardCharsets.UTF_8);
    static final String JWT_SECRET = "e2e-admin-jwt-secret-0123456789abcdef";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("\"event_id\":\"([0-9a-f-]{36})\"");

    @RegisterExtension
    final FullStack stack = new FullStack("admin");
    private RunningBridge bridge;
    private String token;
    private String processed;
    private String dead;

    @BeforeEach
    void start() {
        bridge = stack.bridge(2, Map.of("APP_ENV", "staging", "JWT_SECRET", JWT_SECRET,
                "CORS_ALLOWED_ORIGINS", "https://ops.lindas.example"));
        token = new AdminTokens(JWT_SECRET, "staging", Clock.systemUTC()).mint("e2e", Duration.ofMinutes(10));

        processed = eventId(bridge.post(message(310000002, false), RunningBridge.TOKEN));
        eventId(bridge.post(message(310000003, true), RunningBridge.TOKEN));
        await().atMost(PATIENCE).until(() -> Rows.column(stack.postgres, "SELECT status FROM webhook_events ORDER BY received_at")
                .equals(List.of("done", "skipped")));
        dead = Rows.column(stack.postgres, """
                INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at, status, attempts,
                                            last_error, summary)
                VALUES ('e2e:dead', 'ticket-created', 9901, '{}', now(), 'dead', 12, 'Shopify answered 401', 'Shopify answered 401')
                RETURNING id""").getFirst();
        Rows.execute(stack.postgres, "INSERT INTO event_outcomes (event_id, attempt, stage, result, detail) VALUES ('" + dead
                + "', 12, 'orders', 'failed', 'Shopify answered 401')");
        Rows.execute(stack.postgres, """
                INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at, status, attempts,
                                            next_attempt_at, last_error)
                VALUES ('e2e:retry', 'ticket-created', 9902, '{}', now(), 'retry', 1, now() + interval '1 hour', 'timeout')""");
    }

    private static byte[] message(long id, boolean fromAgent) {
        int at = SAMPLE.lastIndexOf("\"message\": {");
        String message = SAMPLE.substring(at).replaceFirst("\"id\": 310000002", "\"id\": " + id);
        if (fromAgent) {
            message = message.replaceFirst("\"from_agent\": false", "\"from_agent\": true");
        }
        return (SAMPLE.substring(0, at) + message).getBytes(StandardCharsets.UTF_8);
    }

    private static String eventId(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).isEqualTo(202);
        Matcher m = ID.matcher(accepted.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) {
        return bridge.admin("GET", path, token);
    }

    @Test
    void erasing_the_customer_removes_ticket_note_and_payloads_and_replay_then_says_why_not() {
        var erased = RunningBridge.send(java.net.http.HttpRequest.newBuilder(bridge.uri("/api/customers/purge"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"MARIA.KELLER@example.com\"}")).build());

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(erased.body()).isEqualTo("{\"removed\":{\"customers\":1,\"tickets\":1,\"notes\":1,\"event_payloads\":2}}");
        assertThat(Rows.column(stack.postgres, "SELECT count(*) FROM webhook_events")).as("the events stay").containsExactly("4");
        assertThat(Rows.column(stack.postgres, "SELECT count(*) FROM webhook_events WHERE payload ILIKE '%maria%'")).containsExactly("0");
        assertThat(Rows.column(stack.postgres, "SELECT count(*) FROM customers")).containsExactly("0");
        assertThat(get("/api/events/" + processed + "?payload=true").body()).doesNotContain("\"payload\"");

        var replay = bridge.admin("POST", "/api/events/" + processed + "/replay", token);
        assertThat(replay.statusCode()).isEqualTo(410);
        assertThat(replay.body()).contains("erased on request");
    }

    @Test
    void stats_after_the_scripted_events_show_exactly_what_happened() {
        var response = get("/api/stats?window=24h");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(
                "\"window\":\"24h\"",
                // Two rows were inserted by hand: stored, yet never delivered.
                "\"webhooks\":{\"accepted\":4,\"received\":2,\"authenticated\":2,\"refused\":0,\"by_outcome\":{\"accepted\":2,"
                        + "\"duplicate\":0,\"unauthorized\":0,\"unauthorized_rate_limited\":0,\"too_large\":0,\"rate_limited\":0,"
                        + "\"invalid\":0,\"storage_failed\":0,\"timed_out\":0,\"overloaded\":0},\"authenticated_rate\":1.0}",
                "\"timeline\":{\"period_seconds\":3600,",
                "\"events_by_status\":{\"pending\":0,\"processing\":0,\"done\":1,\"skipped\":1,\"retry\":1,\"dead\":1}",
                "\"processing\":{\"succeeded\":2,\"failed\":1,\"rate\":0.6666666666666666,\"done\":1,\"skipped\":1,\"dead\":1,\"unfinished\":1}",
                "\"shopify_lookups\":{\"succeeded\":1,\"failed\":1,\"rate\":0.5,\"degraded\":0,\"skipped\":0}",
                "\"ai_drafts\":{\"ai\":0,\"template\":1,\"rate\":0.0,\"configured\":false,\"fallback_to_template\":0,"
                        + "\"fallback_reasons\":{}}",
                "\"notes_posted\":{\"succeeded\":1,\"failed\":0,\"rate\":1.0}",
                "\"queue\":{\"pending\":0,\"processing\":0,\"done\":1,\"skipped\":1,\"retry\":1,\"dead\":1,",
                "\"dead\":1}");
        assertThat(response.body()).containsPattern("\"duplicates\":\\{[^}]*\"total\":0");
        assertThat(response.body().split("\"hour\":")).hasSize(49);
        assertThat(get("/api/stats?window=forever").statusCode()).isEqualTo(400);
    }

    @Test
    void events_are_listed_newest_first_by_cursor_and_filtered_by_status() {
        var first = get("/api/events?limit=3");
        Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(first.body());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().split("\"id\":")).hasSize(4);
        assertThat(next.find()).isTrue();
        var second = get("/api/events?limit=3&before=" + next.group(1));
        assertThat(second.body().split("\"id\":")).hasSize(2);
        assertThat(second.body()).contains("\"id\":\"" + processed + "\"").endsWith("\"next\":null}");
        assertThat(get("/api/events?status=dead").body()).contains("\"id\":\"" + dead + "\"", "\"summary\":\"Shopify answered 401\"")
                .doesNotContain(processed);
        assertThat(get("/api/events?status=finished").statusCode()).isEqualTo(400);
        assertThat(get("/api/events?before=garbage").statusCode()).isEqualTo(400);
    }

    @Test
    void an_event_shows_its_stage_outcomes_and_its_payload_only_when_asked() {
        var detail = get("/api/events/" + processed);
        var withPayload = get("/api/events/" + processed + "?payload=true");

        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("\"status\":\"done\"", "\"attempts\":1",
                "\"stage\":\"orders\",\"result\":\"succeeded\"", "\"detail\":\"drafted by the template drafter\"",
                "\"stage\":\"note\",\"result\":\"succeeded\"").doesNotContain("\"payload\"");
        assertThat(withPayload.body()).contains("\"payload\":\"{");
        assertThat(get("/api/events/" + dead).body()).contains("\"last_error\":\"Shopify answered 401\"", "\"attempts\":12");
        assertThat(get("/api/events/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void replaying_a_done_event_processes_it_again_without_a_second_note() {
        var replayed = bridge.admin("POST", "/api/events/" + processed + "/replay", token);

        assertThat(replayed.statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> Rows.count(stack.postgres,
                "SELECT count(*) FROM event_outcomes WHERE stage = 'note' AND event_id = '" + processed + "'") == 2);
        assertThat(stack.fake.notesPosted()).hasSize(1);
        assertThat(get("/api/stats").body()).containsPattern("\"duplicates\":\\{[^}]*\"total\":0");
    }

    @Test
    void dead_events_are_replayed_in_bulk_by_time_range() {
        String from = Instant.now().minus(Duration.ofHours(1)).toString();
        String to = Instant.now().plus(Duration.ofHours(1)).toString();

        var replayed = bridge.admin("POST", "/api/events/replay?status=dead&from=" + from + "&to=" + to, token);

        assertThat(replayed.statusCode()).isEqualTo(202);
        assertThat(replayed.body()).contains("\"replayed\":1");
        assertThat(bridge.admin("POST", "/api/events/replay?status=done&from=" + from + "&to=" + to, token).statusCode())
                .isEqualTo(400);
    }

    @Test
    void instants_the_database_cannot_hold_are_400_and_replay_nothing() {
        String now = Instant.now().toString();

        var farFuture = bridge.admin("POST", "/api/events/replay?status=dead&from=" + now + "&to=%2B999999999-01-01T00:00:00Z", token);
        var farPast = bridge.admin("POST", "/api/events/replay?status=dead&from=-999999999-01-01T00:00:00Z&to=" + now, token);

        assertThat(farFuture.statusCode()).as(farFuture.body()).isEqualTo(400);
        assertThat(farFuture.body()).contains("must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z");
        assertThat(farPast.statusCode()).isEqualTo(400);
        assertThat(Rows.column(stack.postgres, "SELECT status FROM webhook_events WHERE id = '" + dead + "'")).containsExactly("dead");
    }

    @Test
    void an_unknown_event_is_a_404_saying_so() {
        String unknown = java.util.UUID.randomUUID().toString();

        var response = get("/api/events/" + unknown);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no event " + unknown);
    }

    @Test
    void readiness_of_a_good_staging_configuration_passes_and_needs_a_token() {
        var report = get("/api/readiness");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).startsWith("{\"verdict\":\"pass\",\"judged_as\":\"staging\"")
                .contains("\"item\":\"Gorgias credentials accepted\",\"verdict\":\"pass\"",
                        "\"item\":\"database reachable and migrations current\",\"verdict\":\"pass\"");
        assertThat(RunningBridge.send(java.net.http.HttpRequest.newBuilder(bridge.uri("/api/readiness")).build()).statusCode())
                .isEqualTo(401);
    }
}
