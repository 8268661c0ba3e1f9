package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole pipeline configured only with SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET: the service obtains its
 * access token from the (WireMock'd) token endpoint once and uses it for every event, health check and the
 * shop's name, which signs the reply; a refused lookup says so in the note and degrades /health.
 */
class ClientCredentialsEndToEndTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"),
            StandardCharsets.UTF_8);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int EVENTS = 3;

    @RegisterExtension
    final FullStack stack = new FullStack("client-credentials");

    private RunningBridge bridge() {
        return stack.bridge(2, Map.of("SHOPIFY_ACCESS_TOKEN", "", "SHOPIFY_CLIENT_ID", FakeHelpdeskAndShop.CLIENT_ID,
                "SHOPIFY_CLIENT_SECRET", FakeHelpdeskAndShop.CLIENT_SECRET, "ORDER_CACHE_TTL_SECONDS", "1"));
    }

    /** The sample on a ticket and from a customer of its own (so each event asks Shopify, whatever is cached). */
    private static byte[] event(int n) {
        return SAMPLE.replace("91234567", Integer.toString(91234567 + n))
                .replace("7460267524351", Long.toString(7460267524351L + n))
                .replace("maria.keller@example.com", "maria.keller+" + n + "@example.com")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String health(RunningBridge bridge) {
        return RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health")).GET().build()).body();
    }

    @Test
    void notes_carry_the_orders_and_the_token_is_requested_once_for_several_events() {
        var bridge = bridge();

        for (int n = 0; n < EVENTS; n++) {
            assertThat(bridge.post(event(n), RunningBridge.TOKEN).statusCode()).isEqualTo(202);
        }

        await().atMost(PATIENCE).until(() -> stack.statuses().equals(Collections.nCopies(EVENTS, "done")));
        assertThat(stack.fake.notesPosted()).hasSize(EVENTS).allSatisfy(note -> assertThat(note.getBodyAsString())
                .contains("1Z999AA10123456784", "9400111899223197428490", "Walking Foot Attachment")
                .contains("Best regards,\\nThe Linda's Sewing team").doesNotContain("lindas team"));
        assertThat(stack.fake.tokenRequests()).singleElement().satisfies(request -> assertThat(
                URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8))
                .contains("grant_type=client_credentials", "client_id=" + FakeHelpdeskAndShop.CLIENT_ID));
        assertThat(stack.fake.shopRequests()).hasSizeGreaterThanOrEqualTo(EVENTS)
                .allSatisfy(request -> assertThat(request.getHeader("X-Shopify-Access-Token"))
                        .isEqualTo(FakeHelpdeskAndShop.ISSUED_TOKEN));
        assertThat(health(bridge)).contains("\"shopify\":{\"status\":\"UP\"");
        assertThat(stack.fake.tokenRequests()).hasSize(1);
    }

    @Test
    void a_wrong_secret_is_told_in_the_note_and_makes_shopify_down_in_health_with_the_reason() {
        stack.fake.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FakeHelpdeskAndShop.TOKEN_PATH))
                .atPriority(1).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(new String(RunningBridge.contract("shopify/access-token-invalid-client.json"),
                                StandardCharsets.UTF_8))));
        var bridge = bridge();

        bridge.post(event(10), RunningBridge.TOKEN);

        await().atMost(PATIENCE).until(() -> stack.statuses().equals(List.of("done")));
        assertThat(stack.fake.notesPosted()).singleElement().satisfies(note -> assertThat(note.getBodyAsString())
                .contains("Shopify refused the lookup (credentials)", "invalid_client", "the operator has been told")
                .doesNotContain(FakeHelpdeskAndShop.CLIENT_SECRET));
        assertThat(health(bridge)).contains("\"shopify\":{\"status\":\"DOWN\"", "invalid_client",
                "SHOPIFY_CLIENT_SECRET").doesNotContain(FakeHelpdeskAndShop.CLIENT_SECRET);
    }

    @Test
    void access_denied_on_a_lookup_is_a_refused_note_and_a_degraded_shopify_in_health() {
        stack.fake.shopAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(new String(RunningBridge.contract("shopify/access-denied.json"), StandardCharsets.UTF_8)));
        var bridge = bridge();

        bridge.post(event(20), RunningBridge.TOKEN);

        await().atMost(PATIENCE).until(() -> stack.statuses().equals(List.of("done")));
        assertThat(stack.fake.notesPosted()).singleElement().satisfies(note -> assertThat(note.getBodyAsString())
                .contains("Shopify refused the lookup (permissions)", "read_customers", "the operator has been told"));
        HttpResponse<String> health = RunningBridge.send(HttpRequest.newBuilder(bridge.uri("/health"))
                .GET().build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"shopify\":{\"status\":\"DEGRADED\"", "read_customers");
    }
}
