package dev.gorgiasbridge.adapters.ai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an OpenAI-compatible chat-completions endpoint, how patiently, and what its drafts may say.
 * {@link #toString()} never shows the key.
 *
 * @param baseUrl               everything before {@code /chat/completions}, e.g. {@code https://api.openai.com/v1}
 * @param apiKey                sent as a bearer token; local model servers may need none
 * @param requestTimeout        the longest wait for one whole answer; a timeout is not retried, the template stands in
 * @param maxAttempts           attempts per draft when the endpoint answers 429 or 5xx or cannot be reached
 * @param initialBackoff        the wait before the second such attempt without {@code Retry-After}; it doubles after
 * @param maxRetryWait          the longest wait honoured; a longer {@code Retry-After} makes the template stand in
 * @param circuitMinimumCalls   drafts counted before the circuit breaker may open (half of them failing opens it)
 * @param circuitOpenDuration   how long an open circuit sends nothing and lets the template draft
 * @param maxRequestsPerMinute  requests per minute for this model, shared by every instance through the rate limits
 * @param allowMonetaryPromises whether drafts may mention refunds, discounts, credits and the like
 */
public record AiSettings(
        URI baseUrl,
        Optional<String> apiKey,
        String model,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxRetryWait,
        int circuitMinimumCalls,
        Duration circuitOpenDuration,
        int maxRequestsPerMinute,
        boolean allowMonetaryPromises) {

    public static final int DEFAULT_MAX_REQUESTS_PER_MINUTE = 60;

    public AiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme())) || baseUrl.getHost() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("AI base URL must be http(s)://host[:port][/path], got " + baseUrl);
        }
        apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(key -> !key.isEmpty());
        // Printable ASCII only: anything else could split the header or hide in logs.
        if (apiKey.isPresent() && !apiKey.get().chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("AI API key must be printable ASCII");
        }
        if (model == null || model.isBlank() || model.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("AI model must be a non-blank name");
        }
        model = model.strip();
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        positive(initialBackoff, "initialBackoff");
        positive(maxRetryWait, "maxRetryWait");
        positive(circuitOpenDuration, "circuitOpenDuration");
        if (maxAttempts < 1 || circuitMinimumCalls < 1 || maxRequestsPerMinute < 1) {
            throw new IllegalArgumentException("attempts, circuit calls and requests per minute must be at least 1");
        }
    }

    /** The defaults: 5 s to connect, 30 s per answer, 3 attempts, waits up to 10 s, 60 requests a minute. */
    public static AiSettings of(URI baseUrl, Optional<String> apiKey, String model) {
        return new AiSettings(baseUrl, apiKey, model, Duration.ofSeconds(5), Duration.ofSeconds(30), 3,
                Duration.ofMillis(500), Duration.ofSeconds(10), 10, Duration.ofSeconds(60),
                DEFAULT_MAX_REQUESTS_PER_MINUTE, false);
    }

    public AiSettings withTimeouts(Duration connect, Duration request) {
        return new AiSettings(baseUrl, apiKey, model, connect, request, maxAttempts, initialBackoff, maxRetryWait,
                circuitMinimumCalls, circuitOpenDuration, maxRequestsPerMinute, allowMonetaryPromises);
    }

    public AiSettings withRetries(int attempts, Duration firstBackoff, Duration maxWait) {
        return new AiSettings(baseUrl, apiKey, model, connectTimeout, requestTimeout, attempts, firstBackoff, maxWait,
                circuitMinimumCalls, circuitOpenDuration, maxRequestsPerMinute, allowMonetaryPromises);
    }

    public AiSettings withCircuitBreaker(int minimumCalls, Duration openDuration) {
        return new AiSettings(baseUrl, apiKey, model, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                maxRetryWait, minimumCalls, openDuration, maxRequestsPerMinute, allowMonetaryPromises);
    }

    public AiSettings withMaxRequestsPerMinute(int perMinute) {
        return new AiSettings(baseUrl, apiKey, model, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                maxRetryWait, circuitMinimumCalls, circuitOpenDuration, perMinute, allowMonetaryPromises);
    }

    public AiSettings withMonetaryPromises(boolean allowed) {
        return new AiSettings(baseUrl, apiKey, model, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                maxRetryWait, circuitMinimumCalls, circuitOpenDuration, maxRequestsPerMinute, allowed);
    }

    /** {@code {baseUrl}/chat/completions}; a gateway's path prefix in the base URL is kept. */
    public URI chatCompletionsEndpoint() {
        return URI.create(baseUrl.toString().replaceFirst("/+$", "") + "/chat/completions");
    }

    @Override
    public String toString() {
        return "AiSettings[baseUrl=" + baseUrl + ", apiKey=" + apiKey.map(key -> "<redacted>").orElse("<none>")
                + ", model=" + model + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxRetryWait=" + maxRetryWait
                + ", circuitMinimumCalls=" + circuitMinimumCalls + ", circuitOpenDuration=" + circuitOpenDuration
                + ", maxRequestsPerMinute=" + maxRequestsPerMinute + ", allowMonetaryPromises=" + allowMonetaryPromises + "]";
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
