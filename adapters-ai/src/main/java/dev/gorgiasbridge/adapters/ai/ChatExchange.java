package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.upstream.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One POST to {@code /chat/completions} and its answer sorted: the draft text, or a {@link DraftFailure}
 * saying whether another attempt may help.
 */
final class ChatExchange implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Low: a support reply should say the facts plainly, not vary them. */
    static final double TEMPERATURE = 0.2;
    /** Room for {@link DraftGuardrails#MAX_LENGTH} characters and some; a longer answer is cut off and refused. */
    static final int MAX_TOKENS = 700;

    private final HttpClient http;
    private final URI endpoint;
    private final Optional<String> apiKey;
    private final String model;
    private final Duration requestTimeout;
    private final Clock clock;

    ChatExchange(AiSettings settings, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the key elsewhere
                .build();
        this.endpoint = settings.chatCompletionsEndpoint();
        this.apiKey = settings.apiKey();
        this.model = settings.model();
        this.requestTimeout = settings.requestTimeout();
        this.clock = clock;
    }

    String complete(DraftPrompt prompt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(prompt))));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new DraftFailure(FallbackReason.TIMEOUT, "no answer within " + requestTimeout, Optional.empty(), e);
        } catch (IOException e) {
            throw new DraftFailure(FallbackReason.UNAVAILABLE, "connection failed (" + e.getClass().getSimpleName() + ")",
                    Optional.empty(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DraftFailure(FallbackReason.UNAVAILABLE, "interrupted while waiting for the answer");
        }
        return answer(response);
    }

    private Map<String, Object> body(DraftPrompt prompt) {
        var body = new LinkedHashMap<String, Object>();
        body.put("model", model);
        body.put("messages", List.of(
                Map.of("role", "system", "content", prompt.system()),
                Map.of("role", "user", "content", prompt.user())));
        body.put("temperature", TEMPERATURE);
        body.put("max_tokens", MAX_TOKENS);
        return body;
    }

    private String answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new DraftFailure(status == 429 ? FallbackReason.THROTTLED : FallbackReason.UNAVAILABLE,
                    "HTTP " + status, RetryAfter.parse(response.headers().firstValue("Retry-After"), clock), null);
        }
        if (status < 200 || status >= 300) {
            throw new DraftFailure(FallbackReason.REFUSED, "HTTP " + status
                    + (status == 401 || status == 403 ? ": the API key was refused" : ""));
        }
        JsonNode choice = parse(response.body()).path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (!content.isString()) {
            throw new DraftFailure(FallbackReason.MALFORMED, "no choices[0].message.content text in the answer");
        }
        if ("length".equals(choice.path("finish_reason").asString(""))) {
            throw new DraftFailure(FallbackReason.CUT_OFF, "the answer reached max_tokens");
        }
        return content.asString();
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new DraftFailure(FallbackReason.MALFORMED, "the answer is not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new DraftFailure(FallbackReason.MALFORMED, "the answer is not valid JSON", Optional.empty(), e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
