package dev.gorgiasbridge.adapters.shopify;

import static dev.gorgiasbridge.adapters.shopify.GraphqlExchange.SERVICE;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Sends GraphQL documents with the patience Shopify asks for. From the outside in: a circuit breaker that
 * refuses calls without sending them while Shopify keeps failing; waits for the throttle bucket (HTTP 200
 * {@code THROTTLED} or 429), bounded in number and length; a resilience4j retry with exponential backoff for
 * 5xx, timeouts and broken connections. Everything else fails at once, with its type.
 */
final class ShopifyGraphql implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShopifyGraphql.class);

    private final GraphqlExchange exchange;
    private final ShopifySettings settings;
    private final Sleeper sleeper;
    private final Retry retry;
    private final CircuitBreaker breaker;

    ShopifyGraphql(ShopifySettings settings, Clock clock, Sleeper sleeper, java.util.function.Consumer<String> tokenIssued) {
        this.exchange = new GraphqlExchange(settings, clock, tokenIssued);
        this.settings = settings;
        this.sleeper = sleeper;
        this.retry = Retry.of(SERVICE, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.initialBackoff(), 2.0,
                        settings.initialBackoff().multipliedBy(8)))
                .retryOnException(AttemptFailure.Transient.class::isInstance)
                .build());
        retry.getEventPublisher().onRetry(event -> LOG.warn("Shopify attempt {} failed ({}); retrying in {} ms",
                event.getNumberOfRetryAttempts(), event.getLastThrowable().getMessage(), event.getWaitInterval().toMillis()));
        this.breaker = CircuitBreaker.of(SERVICE, CircuitBreakerConfig.custom()
                .slidingWindow(settings.circuitMinimumCalls(), settings.circuitMinimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.circuitOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                // Only unavailability opens the circuit; a refused token or a bad query says nothing about it.
                .recordException(RetryLater.class::isInstance)
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn("Shopify circuit breaker: {}",
                event.getStateTransition()));
    }

    /** The {@code data} of the answer, with waits, retries and the circuit breaker. */
    JsonNode query(String document, Map<String, Object> variables) {
        try {
            return breaker.executeSupplier(() -> throttled(document, variables));
        } catch (CallNotPermittedException e) {
            throw new RetryLater(SERVICE, "circuit breaker open after repeated failures; no request sent",
                    Optional.of(settings.circuitOpenDuration()), null);
        }
    }

    /** One attempt, no waiting and outside the circuit breaker: for health checks, which must be quick and honest. */
    JsonNode probe(String document) {
        try {
            return exchange.post(document, Map.of());
        } catch (AttemptFailure e) {
            throw new RetryLater(SERVICE, e.getMessage(), Optional.empty(), null);
        }
    }

    GraphqlExchange exchange() {
        return exchange;
    }

    private JsonNode throttled(String document, Map<String, Object> variables) {
        for (int attempt = 1; ; attempt++) {
            try {
                return retried(document, variables);
            } catch (AttemptFailure.Throttled e) {
                Duration wait = e.waitTime();
                if (attempt >= settings.throttleAttempts() || wait.compareTo(settings.maxThrottleWait()) > 0) {
                    throw new RetryLater(SERVICE, "throttled (" + e.getMessage() + ") after " + attempt + " attempts",
                            Optional.of(wait), null);
                }
                LOG.info("Shopify throttled the request ({}); waiting {} ms", e.getMessage(), wait.toMillis());
                pause(wait);
            }
        }
    }

    private JsonNode retried(String document, Map<String, Object> variables) {
        try {
            return retry.executeSupplier(() -> exchange.post(document, variables));
        } catch (AttemptFailure.Transient e) {
            throw new RetryLater(SERVICE, e.getMessage() + " after " + settings.maxAttempts() + " attempts",
                    Optional.empty(), e.getCause());
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLater(SERVICE, "interrupted while waiting for the throttle", Optional.of(wait), e);
        }
    }

    @Override
    public void close() {
        exchange.close();
    }
}
