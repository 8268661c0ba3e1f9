package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.gorgiasbridge.adapters.http.AdminTokens;
import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staging dashboard in headless Chromium against the whole service in staging (PostgreSQL, Redis,
 * WireMock'd Gorgias and Shopify): after a scripted set of webhooks, one of which ends dead, one waits
 * for a retry and a burst is forged, the tiles say what {@code /api/stats} says (refused deliveries
 * included), the window applies to every view, times carry their date and zone, a click replays the dead
 * event, and a bad token shows nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"), StandardCharsets.UTF_8);
    private static final String JWT_SECRET = "e2e-dashboard-jwt-secret-0123456789abcdef";
    private static final long FAILING_TICKET = 91234999;
    private static final long RETRYING_TICKET = 91234777;
    private static final int FORGED = 11;
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestPostgres postgres;
    private FakeHelpdeskAndShop fake;
    private RunningBridge bridge;
    private String token;
    private String dead;
    private String retrying;
    private HeadlessChromium chromium;
    private DashboardPage page;

    @BeforeAll
    void startTheServiceAndProcessTheScriptedWebhooks() {
        postgres = TestPostgres.create("dashboard");
        fake = new FakeHelpdeskAndShop();
        var env = new HashMap<>(fake.environment());
        env.put("APP_ENV", "staging");
        env.put("DATABASE_URL", postgres.databaseUrl());
        env.put("REDIS_URL", TestRedis.url().toString());
        env.put("WORKER_CONCURRENCY", "2");
        env.put("JWT_SECRET", JWT_SECRET);
        bridge = new RunningBridge(env);
        token = new AdminTokens(JWT_SECRET, "staging", Clock.systemUTC()).mint("dashboard-test", Duration.ofMinutes(15));

        // One ticket whose helpdesk keeps failing: its event is retried, then (attempts pre-set) dead.
        StubMapping failing = fake.server.stubFor(post(urlPathEqualTo("/api/tickets/" + FAILING_TICKET + "/messages"))
                .atPriority(1).willReturn(aResponse().withStatus(500).withBody("boom")));
        assertThat(bridge.post(failingTicket(), RunningBridge.TOKEN).statusCode()).isEqualTo(202);
        assertThat(bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN).statusCode()).isEqualTo(202);
        assertThat(bridge.post(agentMessage(), RunningBridge.TOKEN).statusCode()).isEqualTo(202);
        assertThat(bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN).statusCode()).isEqualTo(200);
        // A burst of forged deliveries: 401 each, then 429 once the failed-authentication limit bites.
        for (int i = 0; i < FORGED; i++) {
            assertThat(bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), "forged-token-0123456789abcdef").statusCode())
                    .isIn(401, 429);
        }
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done", "retry", "skipped")));
        Rows.execute(postgres, "UPDATE webhook_events SET attempts = 24, next_attempt_at = now() WHERE status = 'retry'");
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("dead", "done", "skipped")));
        dead = Rows.column(postgres, "SELECT id FROM webhook_events WHERE status = 'dead'").getFirst();
        // Another ticket whose helpdesk fails: its event waits for a retry, with Gorgias's error as its last one.
        fake.server.stubFor(post(urlPathEqualTo("/api/tickets/" + RETRYING_TICKET + "/messages"))
                .atPriority(1).willReturn(aResponse().withStatus(500).withBody("boom")));
        assertThat(bridge.post(ticket(RETRYING_TICKET, 310000077), RunningBridge.TOKEN).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("dead", "done", "retry", "skipped")));
        retrying = Rows.column(postgres, "SELECT id FROM webhook_events WHERE status = 'retry'").getFirst();
        // Its next attempt is tomorrow, so it stays listed as waiting while the tests look.
        Rows.execute(postgres, "UPDATE webhook_events SET next_attempt_at = now() + interval '1 day' WHERE status = 'retry'");
        fake.server.removeStub(failing);
    }

    @AfterAll
    void stopTheService() {
        bridge.close();
        fake.close();
        postgres.close();
    }

    @BeforeEach
    void openTheDashboardInAFreshBrowser() {
        chromium = HeadlessChromium.start();
        page = new DashboardPage(chromium.driver, bridge.uri("/dashboard"));
    }

    @AfterEach
    void closeTheBrowser() {
        chromium.close();
    }

    private static byte[] failingTicket() {
        return ticket(FAILING_TICKET, 310000099);
    }

    private static byte[] ticket(long ticket, long message) {
        return SAMPLE.replace("91234567", Long.toString(ticket)).replace("310000002", Long.toString(message))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] agentMessage() {
        int at = SAMPLE.lastIndexOf("\"message\": {");
        String message = SAMPLE.substring(at).replaceFirst("\"id\": 310000002", "\"id\": 310000020")
                .replaceFirst("\"from_agent\": false", "\"from_agent\": true");
        return (SAMPLE.substring(0, at) + message).getBytes(StandardCharsets.UTF_8);
    }

    private long notesPostedTo(long ticket) {
        return fake.notesPosted().stream().filter(note -> note.getUrl().contains("/api/tickets/" + ticket + "/messages")).count();
    }

    private List<String> statuses() {
        return Rows.column(postgres, "SELECT status FROM webhook_events ORDER BY status");
    }

    private JsonNode stats() {
        return stats("24h");
    }

    private JsonNode stats(String window) {
        var response = bridge.admin("GET", "/api/stats?window=" + window, token);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode health() {
        return JSON.readTree(RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health")).build()).body());
    }

    /** The dashboard's rule: above the target green, within five points below amber, else red. */
    private static String expectedState(JsonNode rate, double target) {
        if (rate.isNull()) {
            return "none";
        }
        double value = rate.asDouble();
        return value > target ? "green" : value > target - 0.05 ? "amber" : "red";
    }

    private static String percent(JsonNode rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate.asDouble() * 100);
    }

    @Test
    void after_logging_in_every_tile_shows_what_the_stats_api_says() {
        page.logIn(token);
        page.waitForTiles();
        page.screenshot(Path.of("target", "dashboard.png"));
        JsonNode stats = stats();

        assertThat(page.tileValue("webhooks")).isEqualTo(percent(stats.at("/webhooks/authenticated_rate")));
        assertThat(page.tileDetail("webhooks")).startsWith(stats.at("/webhooks/received").asLong() + " received · "
                + stats.at("/webhooks/authenticated").asLong() + " authenticated · " + stats.at("/webhooks/accepted").asLong()
                + " stored · refused: ");
        for (var criterion : List.of(new Object[] {"processing", 0.95}, new Object[] {"notes_posted", 0.95})) {
            String key = (String) criterion[0];
            JsonNode share = stats.get(key);
            assertThat(page.tileValue(key)).as(key).isEqualTo(percent(share.get("rate")));
            assertThat(page.tileDetail(key)).as(key).startsWith(share.get("succeeded").asLong() + " succeeded · "
                    + share.get("failed").asLong() + " failed");
            assertThat(page.tileState(key)).as(key).isEqualTo(expectedState(share.get("rate"), (double) criterion[1]));
        }
        JsonNode lookups = stats.get("shopify_lookups");
        assertThat(page.tileValue("shopify_lookups")).isEqualTo(percent(lookups.get("rate")));
        assertThat(page.tileDetail("shopify_lookups")).isEqualTo(lookups.get("succeeded").asLong()
                + " events got their orders · " + lookups.get("failed").asLong() + " did not");
        assertThat(page.tileState("shopify_lookups")).isEqualTo(expectedState(lookups.get("rate"), 0.90));
        assertThat(stats.at("/processing/dead").asLong()).isEqualTo(1);
        assertThat(page.tileState("processing")).isEqualTo("red");
        assertThat(stats.at("/ai_drafts/configured").asBoolean()).isFalse();
        assertThat(page.tileValue("ai_drafts")).isEqualTo("not configured");
        assertThat(page.tileState("ai_drafts")).isEqualTo("none");
        assertThat(page.tileValue("duplicates")).isEqualTo(stats.at("/duplicates/total").asText()).isEqualTo("0");
        assertThat(page.tileState("duplicates")).isEqualTo("green");
        assertThat(page.tileValue("dependencies")).isEqualTo(health().get("status").asText()).isEqualTo("UP");
        assertThat(page.tileState("dependencies")).isEqualTo("green");

        long events = 0;
        for (JsonNode period : stats.at("/timeline/periods")) {
            for (String status : List.of("pending", "processing", "done", "skipped", "retry", "dead")) {
                events += period.path(status).asLong();
            }
        }
        assertThat(page.chartBars()).isEqualTo(stats.at("/timeline/periods").size());
        assertThat(page.chartTitle()).isEqualTo("Events received, last 24 hours, by status now");
        assertThat(page.chartSummary()).startsWith(events + " events, last 24 hours (an hour per bar; times in ")
                .contains("dead 1", "retry 1");
        assertThat(page.queueCount("dead")).isEqualTo(stats.at("/queue/dead").asText());
        assertThat(page.queueCount("done")).isEqualTo(stats.at("/queue/done").asText());
        assertThat(page.queueInWindow("retry")).isEqualTo(stats.at("/events_by_status/retry").asText()).isEqualTo("1");
    }

    @Test
    void a_burst_of_forged_deliveries_counts_against_webhooks_authenticated_and_turns_the_tile_red() {
        JsonNode webhooks = stats().get("webhooks");

        assertThat(webhooks.at("/by_outcome/unauthorized").asLong() + webhooks.at("/by_outcome/unauthorized_rate_limited").asLong())
                .isEqualTo(FORGED);
        assertThat(webhooks.get("refused").asLong()).isEqualTo(FORGED);
        assertThat(webhooks.get("authenticated").asLong()).as("4 accepted and 1 duplicate").isEqualTo(5);
        assertThat(webhooks.get("received").asLong()).isEqualTo(5 + FORGED);
        page.logIn(token);
        page.waitForTiles();
        assertThat(page.tileState("webhooks")).isEqualTo("red");
        assertThat(page.tileValue("webhooks")).isEqualTo(percent(webhooks.get("authenticated_rate")))
                .isEqualTo(String.format(Locale.ROOT, "%.1f %%", 500.0 / (5 + FORGED)));
        assertThat(page.tileDetail("webhooks")).contains("refused: ").contains(" unauthenticated (401)");
    }

    @Test
    void events_waiting_for_a_retry_are_listed_with_their_last_error_next_to_the_dead_one_with_date_and_time_zone() {
        page.logIn(token);
        page.waitForTiles();

        assertThat(page.listedEventIds("dead")).containsExactly(dead);
        assertThat(page.listedEventIds("retry")).containsExactly(retrying);
        List<String> retry = page.listedEvent(retrying);
        assertThat(retry.get(1)).isEqualTo("retry");
        assertThat(retry.get(2)).isEqualTo(Long.toString(RETRYING_TICKET));
        assertThat(retry.get(5)).as("the last error").contains("500");
        assertThat(retry.get(6)).isEqualTo("retried automatically");
        String year = Integer.toString(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        // Headless Chromium here runs in UTC; the page names whatever zone the browser is in.
        assertThat(retry.get(0)).as("received: date, time and zone").contains(year).containsPattern("\\d{2}:\\d{2}")
                .containsPattern("(UTC|GMT)");
        assertThat(page.listedEvent(dead).get(6)).isEqualTo("Replay");
    }

    @Test
    void the_window_selector_redraws_the_chart_the_queue_and_the_lists_for_that_window_with_axis_ticks() {
        page.logIn(token);
        page.waitForTiles();
        assertThat(page.axisTicks("y")).isGreaterThanOrEqualTo(2);
        assertThat(page.axisTicks("x")).isBetween(2, 9);
        assertThat(page.chartLabels()).contains("0");

        page.chooseWindow("7d", "6 hours per bar");

        assertThat(page.chartTitle()).isEqualTo("Events received, last 7 days, by status now");
        assertThat(page.chartBars()).isEqualTo(stats("7d").at("/timeline/periods").size());
        assertThat(page.chartLabels()).anyMatch(label -> label.matches(".*\\d{2}:\\d{2}.*"));

        page.chooseWindow("1h", "5 minutes per bar");

        assertThat(page.chartBars()).isEqualTo(stats("1h").at("/timeline/periods").size());
        assertThat(page.queueInWindow("done")).isEqualTo(stats("1h").at("/events_by_status/done").asText());
        assertThat(page.listedEventIds("retry")).as("received within the hour").containsExactly(retrying);
    }

    @Test
    void the_notes_view_is_linked_only_where_it_exists() {
        assertThat(page.notesLinkShown()).as("staging has no notes view").isFalse();
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: the other tests look at the dead event
    void clicking_replay_on_the_dead_event_gets_it_processed_now_that_gorgias_answers() {
        page.logIn(token);
        page.waitForTiles();
        assertThat(page.listedEventIds("dead")).containsExactly(dead);
        long notesBefore = notesPostedTo(FAILING_TICKET);

        page.replay(dead);

        assertThat(page.replayStatus()).isNotNull();
        page.waitUntilNotListed(dead);
        await().atMost(PATIENCE).until(() -> Rows.column(postgres,
                "SELECT status FROM webhook_events WHERE id = '" + dead + "'").equals(List.of("done")));
        assertThat(notesPostedTo(FAILING_TICKET)).isEqualTo(notesBefore + 1);
        assertThat(stats().at("/duplicates/total").asLong()).isZero();
    }

    @Test
    void an_invalid_token_is_refused_with_its_reason_and_no_tile_is_shown() {
        page.logIn("not-a-token");

        assertThat(page.loginError()).startsWith("Token refused:").contains("not a JWT");
        assertThat(page.boardShown()).isFalse();
        assertThat(page.tiles()).isEmpty();
    }

    @Test
    void a_token_minted_for_another_environment_is_refused() {
        page.logIn(new AdminTokens(JWT_SECRET, "production", Clock.systemUTC()).mint("elsewhere", Duration.ofMinutes(5)));

        assertThat(page.loginError()).contains("the token is for another environment");
        assertThat(page.tiles()).isEmpty();
    }
}
