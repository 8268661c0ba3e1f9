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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staging dashboard in headless Chromium against the whole service in staging (PostgreSQL, Redis,
 * WireMock'd Gorgias and Shopify): after a scripted set of webhooks, one of which ends dead, the tiles
 * say what {@code /api/stats} says, a click replays the dead event, and a bad token shows nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"), StandardCharsets.UTF_8);
    private static final String JWT_SECRET = "e2e-dashboard-jwt-secret-0123456789abcdef";
    private static final long FAILING_TICKET = 91234999;
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestPostgres postgres;
    private FakeHelpdeskAndShop fake;
    private RunningBridge bridge;
    private String token;
    private String dead;
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
        assertThat(bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), "forged-token-0123456789abcdef").statusCode()).isEqualTo(401);
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done", "retry", "skipped")));
        Rows.execute(postgres, "UPDATE webhook_events SET attempts = 24, next_attempt_at = now() WHERE status = 'retry'");
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("dead", "done", "skipped")));
        dead = Rows.column(postgres, "SELECT id FROM webhook_events WHERE status = 'dead'").getFirst();
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
        return SAMPLE.replace("91234567", Long.toString(FAILING_TICKET)).replace("310000002", "310000099")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] agentMessage() {
        int at = SAMPLE.lastIndexOf("\"message\": {");
        String message = SAMPLE.substring(at).replaceFirst("\"id\": 310000002", "\"id\": 310000020")
                .replaceFirst("\"from_agent\": false", "\"from_agent\": true");
        return (SAMPLE.substring(0, at) + message).getBytes(StandardCharsets.UTF_8);
    }

    private List<String> statuses() {
        return Rows.column(postgres, "SELECT status FROM webhook_events ORDER BY status");
    }

    private JsonNode stats() {
        var response = bridge.admin("GET", "/api/stats?window=24h", token);
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
        assertThat(page.tileDetail("webhooks")).isEqualTo(stats.at("/webhooks/accepted").asLong() + " accepted");
        assertThat(page.tileState("webhooks")).isEqualTo("green");
        for (var criterion : List.of(new Object[] {"processing", 0.95}, new Object[] {"shopify_lookups", 0.90},
                new Object[] {"notes_posted", 0.95})) {
            String key = (String) criterion[0];
            JsonNode share = stats.get(key);
            assertThat(page.tileValue(key)).as(key).isEqualTo(percent(share.get("rate")));
            assertThat(page.tileDetail(key)).as(key).startsWith(share.get("succeeded").asLong() + " succeeded · "
                    + share.get("failed").asLong() + " failed");
            assertThat(page.tileState(key)).as(key).isEqualTo(expectedState(share.get("rate"), (double) criterion[1]));
        }
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
        for (JsonNode hour : stats.get("events_per_hour")) {
            for (String status : List.of("pending", "processing", "done", "skipped", "retry", "dead")) {
                events += hour.path(status).asLong();
            }
        }
        assertThat(page.chartBars()).isEqualTo(48);
        assertThat(page.chartSummary()).startsWith(events + " events in the last 48 hours").contains("dead 1");
        assertThat(page.queueCount("dead")).isEqualTo(stats.at("/queue/dead").asText());
        assertThat(page.queueCount("done")).isEqualTo(stats.at("/queue/done").asText());
    }

    @Test
    void clicking_replay_on_the_dead_event_gets_it_processed_now_that_gorgias_answers() {
        page.logIn(token);
        page.waitForTiles();
        assertThat(page.deadEventIds()).containsExactly(dead);
        int notesBefore = fake.notesPosted().size();

        page.replay(dead);

        assertThat(page.replayStatus()).isNotNull();
        page.waitForNoDeadEvents();
        await().atMost(PATIENCE).until(() -> Rows.column(postgres,
                "SELECT status FROM webhook_events WHERE id = '" + dead + "'").equals(List.of("done")));
        assertThat(fake.notesPosted()).hasSize(notesBefore + 1);
        assertThat(fake.notesPosted().getLast().getUrl()).contains("/api/tickets/" + FAILING_TICKET + "/messages");
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
