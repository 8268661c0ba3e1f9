package dev.gorgiasbridge.adapters.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.gorgiasbridge.adapters.ai.LlmServer.completion;
import static dev.gorgiasbridge.adapters.ai.LlmServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.gorgiasbridge.application.processing.RecordedReplyDrafter;
import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes;
import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes.Recorded;
import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The AI drafter against WireMock playing the model server: what is sent, what is kept, what falls back. */
class AiReplyDrafterTest {
    private final LlmServer llm = new LlmServer();
    private final InMemoryDraftOutcomes outcomes = new InMemoryDraftOutcomes();

    @AfterEach
    void stop() {
        llm.close();
    }

    private ReplyDraft draft() {
        return draft(llm.drafter());
    }

    /** Drafts as the service does, and counts the draft as its note reaching the ticket would. */
    private ReplyDraft draft(AiReplyDrafter drafter) {
        var recorded = new RecordedReplyDrafter(drafter, outcomes);
        ReplyDraft draft = recorded.draft(SampleFacts.splitShipment());
        recorded.notePosted(draft);
        return draft;
    }

    private static ReplyDraft template(FallbackReason reason) {
        return TemplateReply.draft(SampleFacts.splitShipment()).insteadOfAnother(reason.description());
    }

    @Test
    void a_good_answer_becomes_the_draft() {
        llm.drafts(SampleFacts.GOOD_DRAFT);

        assertThat(draft()).isEqualTo(new ReplyDraft(SampleFacts.GOOD_DRAFT, DraftSource.AI));
        assertThat(outcomes.all()).containsExactly(new Recorded(DraftSource.AI, Optional.empty()));
    }

    @Test
    void an_english_answer_for_a_customer_writing_in_a_language_replies_are_not_written_in_is_kept_and_says_so() {
        llm.drafts(SampleFacts.GOOD_DRAFT);

        ReplyDraft draft = llm.drafter().draft(SampleFacts.splitShipment(Optional.of("ja")));

        assertThat(draft).isEqualTo(new ReplyDraft(SampleFacts.GOOD_DRAFT, DraftSource.AI, Optional.empty(), Optional.of("Japanese")));
        assertThat(LlmServer.body(llm.requests().getFirst()).path("messages").path(0).path("content").asString())
                .contains("Write in English (en): the customer writes in Japanese (ja)");
    }

    @Test
    void the_request_carries_the_model_the_two_messages_and_the_facts_but_no_secret() {
        llm.drafts(SampleFacts.GOOD_DRAFT);

        draft();

        assertThat(llm.requests()).singleElement().satisfies(request -> {
            assertThat(request.getMethod().value()).isEqualTo("POST");
            assertThat(request.getUrl()).isEqualTo(LlmServer.PATH);
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + LlmServer.API_KEY);
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            var body = LlmServer.body(request);
            assertThat(body.path("model").asString()).isEqualTo(LlmServer.MODEL);
            assertThat(body.path("messages")).hasSize(2);
            assertThat(body.path("messages").path(0).path("role").asString()).isEqualTo("system");
            assertThat(body.path("messages").path(1).path("role").asString()).isEqualTo("user");
            assertThat(body.path("messages").path(1).path("content").asString())
                    .contains("#1042", SampleFacts.DELIVERED, SampleFacts.IN_TRANSIT, SampleFacts.IN_TRANSIT_LINK)
                    .contains("UPS", "USPS", "Walking Foot Attachment", "awaiting fulfillment", "Linda's Sewing")
                    .contains(SampleFacts.CUSTOMER_TEXT, "Where is the rest of my order?");
            assertThat(request.getBodyAsString()).doesNotContain(LlmServer.API_KEY, "SECRET", "sk-test");
        });
    }

    @Test
    void without_a_key_no_authorization_header_is_sent() {
        llm.drafts(SampleFacts.GOOD_DRAFT);
        var settings = llm.settings();

        draft(llm.drafter(new AiSettings(settings.baseUrl(), Optional.empty(), settings.model(), settings.connectTimeout(),
                settings.requestTimeout(), 1, settings.initialBackoff(), settings.maxRetryWait(), 4,
                settings.circuitOpenDuration(), 60, false)));

        assertThat(llm.requests()).singleElement().satisfies(request ->
                assertThat(request.containsHeader("Authorization")).isFalse());
    }

    @Test
    void an_answer_citing_a_tracking_number_not_in_the_facts_is_rejected_and_the_reason_recorded() {
        llm.drafts(SampleFacts.GOOD_DRAFT.replace(SampleFacts.IN_TRANSIT + ":", "9400111899223197428491:"));

        assertThat(draft()).isEqualTo(template(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS));
        assertThat(outcomes.all()).containsExactly(
                new Recorded(DraftSource.TEMPLATE, Optional.of("tracking number not in the facts")));
    }

    @Test
    void an_answer_promising_a_refund_is_rejected() {
        llm.drafts(SampleFacts.GOOD_DRAFT.replace("Best regards", "We will refund the Walking Foot Attachment if it"
                + " does not ship soon.\n\nBest regards"));

        assertThat(draft()).isEqualTo(template(FallbackReason.MONETARY_PROMISE));
        assertThat(outcomes.count("monetary promise")).isEqualTo(1);
    }

    @Test
    void a_refund_is_kept_when_monetary_promises_are_allowed() {
        String withRefund = SampleFacts.GOOD_DRAFT.replace("Best regards", "If it does not ship soon, we will"
                + " refund it.\n\nBest regards");
        llm.drafts(withRefund);

        assertThat(draft(llm.drafter(llm.settings().withMonetaryPromises(true))).source()).isEqualTo(DraftSource.AI);
        assertThat(LlmServer.body(llm.requests().getFirst()).path("messages").path(0).path("content").asString())
                .doesNotContain("Never offer, promise or mention refunds");
    }

    @Test
    void throttling_is_waited_out_as_retry_after_asks_and_then_the_answer_is_used() {
        llm.answersInTurn(json(429, "{\"error\":{\"message\":\"Rate limit reached\"}}").withHeader("Retry-After", "2"),
                completion(SampleFacts.GOOD_DRAFT, "stop"));

        assertThat(draft().source()).isEqualTo(DraftSource.AI);
        assertThat(llm.requests()).hasSize(2);
        assertThat(llm.waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void a_retry_after_longer_than_the_longest_wait_falls_back_at_once() {
        llm.answers(json(429, "{}").withHeader("Retry-After", "120"));

        assertThat(draft()).isEqualTo(template(FallbackReason.THROTTLED));
        assertThat(llm.requests()).hasSize(1);
        assertThat(llm.waits).isEmpty();
    }

    @Test
    void a_timeout_falls_back_to_the_template_without_another_attempt() {
        llm.answers(completion(SampleFacts.GOOD_DRAFT, "stop").withFixedDelay(1_500));

        var draft = draft(llm.drafter(llm.settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))));

        assertThat(draft).isEqualTo(template(FallbackReason.TIMEOUT));
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void server_errors_are_retried_with_a_doubling_backoff_and_then_fall_back() {
        llm.answers(json(500, "{\"error\":{\"message\":\"boom\"}}"));

        assertThat(draft()).isEqualTo(template(FallbackReason.UNAVAILABLE));
        assertThat(llm.requests()).hasSize(3);
        assertThat(llm.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void a_dropped_connection_falls_back_after_the_attempts() {
        llm.answers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(draft()).isEqualTo(template(FallbackReason.UNAVAILABLE));
        assertThat(llm.requests()).hasSize(3);
    }

    @Test
    void malformed_json_falls_back_to_the_template() {
        llm.answers(json(200, "{\"choices\": [ {\"message\": "));

        assertThat(draft()).isEqualTo(template(FallbackReason.MALFORMED));
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void an_answer_without_a_message_falls_back_to_the_template() {
        llm.answers(json(200, "{\"choices\": []}"));

        assertThat(draft()).isEqualTo(template(FallbackReason.MALFORMED));
    }

    @Test
    void an_answer_cut_off_at_the_token_limit_is_not_used() {
        llm.answers(completion(SampleFacts.GOOD_DRAFT, "length"));

        assertThat(draft()).isEqualTo(template(FallbackReason.CUT_OFF));
    }

    @Test
    void a_refused_key_falls_back_without_retrying() {
        llm.answers(json(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}"));

        assertThat(draft()).isEqualTo(template(FallbackReason.REFUSED));
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void an_open_circuit_sends_no_request_and_the_template_drafts() {
        llm.answers(json(503, "{}"));
        var drafter = llm.drafter(llm.settings().withRetries(1, Duration.ofMillis(1), Duration.ofSeconds(1)));
        for (int i = 0; i < 4; i++) {
            draft(drafter);
        }
        int sent = llm.requests().size();

        assertThat(draft(drafter)).isEqualTo(template(FallbackReason.CIRCUIT_OPEN));
        assertThat(sent).isEqualTo(4);
        assertThat(llm.requests()).hasSize(4);
    }

    @Test
    void rejected_drafts_do_not_open_the_circuit() {
        llm.drafts("Hi Maria, your refund for order #1042 is on its way, no worries at all!");
        var drafter = llm.drafter();
        for (int i = 0; i < 6; i++) {
            draft(drafter);
        }

        assertThat(llm.requests()).hasSize(6);
        assertThat(outcomes.count("monetary promise")).isEqualTo(6);
    }

    @Test
    void a_spent_budget_sends_no_request_and_the_template_drafts() {
        llm.drafts(SampleFacts.GOOD_DRAFT);
        var drafter = llm.drafter(llm.settings().withMaxRequestsPerMinute(1));

        draft(drafter);
        var second = draft(drafter);

        assertThat(second).isEqualTo(template(FallbackReason.BUDGET_EXHAUSTED));
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void a_budget_that_cannot_be_checked_sends_no_request_and_the_template_drafts_saying_why() {
        llm.drafts(SampleFacts.GOOD_DRAFT);
        llm.rateLimits.failing(true);

        assertThat(draft()).isEqualTo(template(FallbackReason.BUDGET_UNAVAILABLE));
        assertThat(llm.requests()).isEmpty();
        assertThat(outcomes.count(FallbackReason.BUDGET_UNAVAILABLE.description())).isEqualTo(1);
    }

    @Test
    void a_reasoning_models_thinking_is_left_out_of_the_draft() {
        llm.drafts("<think>The customer wants tracking for #9999.</think>\n" + SampleFacts.GOOD_DRAFT);

        assertThat(draft()).isEqualTo(new ReplyDraft(SampleFacts.GOOD_DRAFT, DraftSource.AI));
    }
}
