package dev.gorgiasbridge.adapters.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.processing.TemplateReplyDrafter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** WireMock on a random port playing an OpenAI-compatible model server, with drafters pointed at it. */
final class LlmServer implements AutoCloseable {
    static final String API_KEY = "sk-test-0123456789abcdefSECRET";
    static final String MODEL = "gpt-test-mini";
    static final String PATH = "/v1/chat/completions";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer wireMock = new WireMockServer(options().dynamicPort());
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-06T16:40:03Z"));
    /** The waits between attempts the drafter asked for, instead of sleeping through them. */
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final InMemoryRateLimits rateLimits = new InMemoryRateLimits();
    private final List<AiReplyDrafter> drafters = new CopyOnWriteArrayList<>();

    LlmServer() {
        wireMock.start();
    }

    /** Quick timeouts and retries, a circuit that opens after four failing drafts. */
    AiSettings settings() {
        return AiSettings.of(URI.create(wireMock.baseUrl() + "/v1"), Optional.of(API_KEY), MODEL)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(3, Duration.ofMillis(500), Duration.ofSeconds(10))
                .withCircuitBreaker(4, Duration.ofSeconds(60));
    }

    AiReplyDrafter drafter(AiSettings settings) {
        return drafter(settings, rateLimits);
    }

    AiReplyDrafter drafter(AiSettings settings, RateLimits limits) {
        var drafter = new AiReplyDrafter(settings, limits, new TemplateReplyDrafter(), clock, waits::add);
        drafters.add(drafter);
        return drafter;
    }

    AiReplyDrafter drafter() {
        return drafter(settings());
    }

    /** Every request answered with {@code answer}. */
    void answers(ResponseDefinitionBuilder answer) {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(answer));
    }

    /** Every request answered with a completion whose draft is {@code content}. */
    void drafts(String content) {
        answers(completion(content, "stop"));
    }

    /** The first request answered with {@code first}, every later one with {@code then}. */
    void answersInTurn(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).inScenario("turns").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered once"));
        wireMock.stubFor(post(urlPathEqualTo(PATH)).inScenario("turns").whenScenarioStateIs("answered once")
                .willReturn(then));
    }

    static ResponseDefinitionBuilder completion(String content, String finishReason) {
        var body = Map.of("id", "chatcmpl-test", "object", "chat.completion", "model", MODEL,
                "choices", List.of(Map.of("index", 0, "finish_reason", finishReason,
                        "message", Map.of("role", "assistant", "content", content))));
        return json(200, JSON.writeValueAsString(body));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    List<LoggedRequest> requests() {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(PATH)));
    }

    static JsonNode body(LoggedRequest request) {
        return JSON.readTree(request.getBodyAsString());
    }

    @Override
    public void close() {
        drafters.forEach(AiReplyDrafter::close);
        wireMock.stop();
    }
}
