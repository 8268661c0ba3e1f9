package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/stats} counts refused deliveries, which are never stored, beside the stored events. */
class StatsEndpointTest {
    private final AdminServer server = new AdminServer(Optional.of(AdminServer.tokens()));

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode stats(String window) {
        var response = server.get("/api/stats?window=" + window, AdminServer.tokens().mint("ops", Duration.ofMinutes(5)));
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void forged_deliveries_are_counted_as_refused_and_lower_the_authenticated_rate() {
        for (int i = 0; i < 3; i++) {
            var forged = server.send(server.request(GorgiasWebhookEndpoint.PATH)
                    .header("Content-Type", "application/json")
                    .header(GorgiasWebhookEndpoint.TOKEN_HEADER, "forged-token-0123456789abcdef")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ticket\":{\"id\":1}}")).build());
            assertThat(forged.statusCode()).isEqualTo(401);
        }

        JsonNode webhooks = stats("1h").get("webhooks");

        assertThat(webhooks.get("received").asLong()).isEqualTo(3);
        assertThat(webhooks.get("authenticated").asLong()).isZero();
        assertThat(webhooks.get("refused").asLong()).isEqualTo(3);
        assertThat(webhooks.at("/by_outcome/unauthorized").asLong()).isEqualTo(3);
        assertThat(webhooks.at("/by_outcome/accepted").asLong()).isZero();
        assertThat(webhooks.get("authenticated_rate").asDouble()).isZero();
    }

    @Test
    void without_deliveries_the_rate_is_null_and_the_timeline_follows_the_window() {
        JsonNode hour = stats("1h");
        JsonNode month = stats("30d");

        assertThat(hour.at("/webhooks/authenticated_rate").isNull()).isTrue();
        assertThat(hour.at("/timeline/period_seconds").asLong()).isEqualTo(300);
        assertThat(hour.at("/timeline/periods").size()).isBetween(12, 13);
        assertThat(month.at("/timeline/period_seconds").asLong()).isEqualTo(86_400);
        assertThat(month.at("/timeline/periods").size()).isBetween(30, 31);
        assertThat(month.get("events_per_hour").size()).isEqualTo(48);
        assertThat(month.at("/events_by_status/dead").asLong()).isZero();
    }
}
