package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The split-shipment sample with the AI drafter on: WireMock plays the model server beside Gorgias and Shopify. */
class AiDraftEndToEndTest {
    private static final byte[] SAMPLE = RunningBridge.contract("gorgias/ticket-message-created.json");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String AI_PATH = "/llm/v1/chat/completions";
    private static final String AI_KEY = "sk-e2e-ai-key-0123456789";
    /** Only facts from the sample: its order, both tracking numbers, the pending item. */
    private static final String AI_DRAFT = "Hi Maria,\n\nThanks for your message! Your order #1042 was sent in two"
            + " packages: the UPS one (1Z999AA10123456784) was delivered, and the USPS one (9400111899223197428490) is"
            + " on its way. The Walking Foot Attachment has not shipped yet; we will let you know when it does.\n\n"
            + "Best regards,\nThe team";

    @RegisterExtension
    final FullStack stack = new FullStack("aidraft");
    private RunningBridge bridge;

    private void modelAnswers(String draft) {
        String body = "{\"id\":\"chatcmpl-e2e\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                + "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":"
                + quoted(draft) + "}}]}";
        modelAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));
    }

    private void modelAnswers(ResponseDefinitionBuilder answer) {
        stack.fake.server.stubFor(post(urlPathEqualTo(AI_PATH)).willReturn(answer));
    }

    private void startBridge() {
        bridge = stack.bridge(1, Map.of("AI_BASE_URL", stack.fake.server.baseUrl() + "/llm/v1", "AI_API_KEY", AI_KEY,
                "AI_MODEL", "e2e-model"));
        assertThat(bridge.post(SAMPLE, RunningBridge.TOKEN).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> Rows.column(stack.postgres, "SELECT status FROM webhook_events").equals(List.of("done")));
    }

    private List<String> draftOutcome() {
        return Rows.column(stack.postgres, "SELECT result || ': ' || detail FROM event_outcomes WHERE stage = 'draft'");
    }

    @Test
    void the_split_shipment_sample_gets_one_note_with_the_models_draft() {
        modelAnswers(AI_DRAFT);

        startBridge();

        assertThat(stack.fake.notesPosted()).singleElement().satisfies(request -> assertThat(request.getBodyAsString())
                .contains("(AI)", "Your order #1042 was sent in two packages", "The Walking Foot Attachment has not shipped yet"));
        assertThat(draftOutcome()).containsExactly("succeeded: drafted by the AI drafter");
        assertThat(stack.fake.server.findAll(postRequestedFor(urlPathEqualTo(AI_PATH)))).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + AI_KEY);
            assertThat(request.getBodyAsString()).contains("\"model\":\"e2e-model\"", "#1042", "1Z999AA10123456784",
                    "9400111899223197428490", "Walking Foot Attachment").doesNotContain(AI_KEY, "e2e-gorgias-api-key",
                    "shpat_e2e", RunningBridge.TOKEN);
        });
    }

    @Test
    void a_draft_citing_an_invented_tracking_number_never_reaches_the_ticket() {
        modelAnswers(AI_DRAFT.replace("9400111899223197428490", "9400111899223197428499"));

        startBridge();

        assertThat(stack.fake.notesPosted()).singleElement().satisfies(request -> assertThat(request.getBodyAsString())
                .contains("(template; the AI draft was not used: tracking number not in the facts)")
                .doesNotContain("9400111899223197428499"));
        assertThat(draftOutcome()).containsExactly(
                "degraded: drafted by the template drafter (AI fallback: tracking number not in the facts)");
    }

    @Test
    void a_model_server_that_keeps_failing_leaves_the_template_draft() {
        modelAnswers(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"bad key\"}}"));

        startBridge();

        assertThat(stack.fake.notesPosted()).singleElement().satisfies(request ->
                assertThat(request.getBodyAsString())
                        .contains("(template; the AI draft was not used: AI service refused the request)"));
        assertThat(draftOutcome()).containsExactly(
                "degraded: drafted by the template drafter (AI fallback: AI service refused the request)");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
