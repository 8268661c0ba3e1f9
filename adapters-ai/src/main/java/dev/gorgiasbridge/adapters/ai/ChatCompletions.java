package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the model for a draft with the patience it deserves, and no more. From the outside in: a circuit
 * breaker that sends nothing while the endpoint keeps failing; then per attempt the per-minute budget
 * (shared by every instance through the rate limits) and one request; 429 and 5xx are tried again after
 * {@code Retry-After} or a doubling backoff, up to the configured attempts and wait. A timeout is not
 * retried: a model that took that long will likely take it again, and the template is ready now.
 */
final class ChatCompletions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatCompletions.class);

    private final ChatExchange exchange;
    private final AiSettings settings;
    private final RateLimits rateLimits;
    private final Limit budget;
    private final Sleeper sleeper;
    private final CircuitBreaker breaker;

    ChatCompletions(AiSettings settings, RateLimits rateLimits, Clock clock, Sleeper sleeper) {
        this.exchange = new ChatExchange(settings, clock);
        this.settings = settings;
        this.rateLimits = rateLimits;
        this.budget = new Limit("ai-requests", settings.maxRequestsPerMinute(), settings.maxRequestsPerMinute(),
                Duration.ofMinutes(1));
        this.sleeper = sleeper;
        this.breaker = CircuitBreaker.of("ai", CircuitBreakerConfig.custom()
                .slidingWindow(settings.circuitMinimumCalls(), settings.circuitMinimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.circuitOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                // Only unavailability opens the circuit; a refused draft or a spent budget says nothing about it.
                .recordException(e -> e instanceof DraftFailure failure && failure.reason().isUnavailability())
                .ignoreException(e -> e instanceof DraftFailure failure && (failure.reason() == FallbackReason.BUDGET_EXHAUSTED
                        || failure.reason() == FallbackReason.BUDGET_UNAVAILABLE))
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn("AI circuit breaker: {}",
                event.getStateTransition()));
    }

    /** The model's answer text, or a {@link DraftFailure} saying why there is none. */
    String complete(DraftPrompt prompt) {
        try {
            return breaker.executeSupplier(() -> attempts(prompt));
        } catch (CallNotPermittedException e) {
            throw new DraftFailure(FallbackReason.CIRCUIT_OPEN, "circuit breaker open after repeated failures; no request sent");
        }
    }

    private String attempts(DraftPrompt prompt) {
        for (int attempt = 1; ; attempt++) {
            spendBudget();
            try {
                return exchange.complete(prompt);
            } catch (DraftFailure failure) {
                if (!failure.worthRetrying()) {
                    throw failure;
                }
                Duration wait = failure.retryAfter().orElse(backoff(attempt));
                if (attempt >= settings.maxAttempts()) {
                    throw new DraftFailure(failure.reason(), failure.getMessage() + " after " + attempt + " attempt(s)");
                }
                if (wait.compareTo(settings.maxRetryWait()) > 0) {
                    throw new DraftFailure(failure.reason(), failure.getMessage() + " asking to wait " + wait.toSeconds()
                            + " s, longer than " + settings.maxRetryWait().toSeconds() + " s");
                }
                LOG.info("AI attempt {} failed ({}); trying again in {} ms", attempt, failure.getMessage(), wait.toMillis());
                pause(wait);
            }
        }
    }

    private void spendBudget() {
        Decision decision;
        try {
            decision = rateLimits.tryConsume(settings.model(), budget);
        } catch (RuntimeException e) {
            // Fails closed: an AI call whose budget cannot be checked is not made; the template drafts instead.
            // (Redis being down is not this: its buckets then live in this process, see FallbackRateLimits.)
            throw new DraftFailure(FallbackReason.BUDGET_UNAVAILABLE, "request budget could not be checked ("
                    + e.getClass().getSimpleName() + "); no request sent");
        }
        if (decision instanceof Decision.Limited limited) {
            throw new DraftFailure(FallbackReason.BUDGET_EXHAUSTED, settings.maxRequestsPerMinute()
                    + " requests per minute used up; next in " + limited.retryAfter().toSeconds() + " s",
                    Optional.of(limited.retryAfter()), null);
        }
    }

    private Duration backoff(int attempt) {
        return settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 6));
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DraftFailure(FallbackReason.UNAVAILABLE, "interrupted while waiting to try again");
        }
    }

    @Override
    public void close() {
        exchange.close();
    }
}
