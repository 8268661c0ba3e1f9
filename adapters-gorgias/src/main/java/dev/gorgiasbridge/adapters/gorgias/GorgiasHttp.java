package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.adapters.gorgias.GorgiasCall.Repeat;
import dev.gorgiasbridge.adapters.gorgias.TransientFailure.Kind;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.NotFound;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.upstream.RetryAfter;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Gorgias API calls: authentication, the client-side limit, retries with backoff and a circuit
 * breaker, and every failure turned into an ExternalServiceException. Answers come back as text.
 */
final class GorgiasHttp {
    static final String SERVICE = "gorgias";
    static final int MAX_ATTEMPTS = 3;
    static final Duration OPEN_CIRCUIT_WAIT = Duration.ofSeconds(30);
    private static final IntervalFunction BACKOFF =
            IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(4));
    private static final Logger LOG = LoggerFactory.getLogger(GorgiasHttp.class);

    private final GorgiasSettings settings;
    private final HttpClient client;
    private final ApiLimit limit;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Retry retry;
    private final CircuitBreaker breaker;

    GorgiasHttp(GorgiasSettings settings, ApiLimit limit, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.limit = limit;
        this.clock = clock;
        this.sleeper = sleeper;
        // HTTP/1.1: relays and WireMock do not all take an h2c upgrade with a request body.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        // Retry decides whether and how often; the wait itself happens in attempt() through the Sleeper,
        // because Retry's own sleep function is a JVM-wide static.
        this.retry = Retry.of("gorgias", RetryConfig.custom()
                .maxAttempts(MAX_ATTEMPTS)
                .waitDuration(Duration.ZERO)
                .retryOnException(e -> e instanceof TransientFailure failure && failure.retryable())
                .build());
        this.breaker = CircuitBreaker.of("gorgias", CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(OPEN_CIRCUIT_WAIT)
                .recordException(e -> e instanceof TransientFailure failure && failure.countsAgainstCircuit())
                .ignoreException(e -> e instanceof RetryLater)
                .clock(clock)
                .build());
        retry.getEventPublisher().onRetry(event -> LOG.info("Gorgias call failed ({}); attempt {} of {} follows",
                event.getLastThrowable().getMessage(), event.getNumberOfRetryAttempts() + 1, MAX_ATTEMPTS));
    }

    /** Sends the call, retrying as its Repeat allows; returns the body of the 2xx answer. */
    String send(GorgiasCall call) {
        var attempts = new AtomicInteger();
        var lastFailure = new AtomicReference<TransientFailure>();
        try {
            return retry.executeCheckedSupplier(() -> {
                if (attempts.incrementAndGet() > 1) {
                    pause(sleeper, delayAfter(attempts.get() - 1, lastFailure.get()));
                }
                try {
                    return breaker.executeCheckedSupplier(() -> {
                        limit.acquire();
                        return exchange(call);
                    });
                } catch (TransientFailure failure) {
                    lastFailure.set(failure);
                    throw failure;
                }
            });
        } catch (TransientFailure spent) {
            throw spent.toRetryLater();
        } catch (CallNotPermittedException open) {
            throw new RetryLater(SERVICE, "circuit open after repeated failures; " + call.describe() + " not sent",
                    Optional.of(OPEN_CIRCUIT_WAIT), null);
        } catch (ExternalServiceException refused) {
            throw refused;
        } catch (Throwable unexpected) {
            throw new Permanent(SERVICE, call.describe() + " failed: " + unexpected.getClass().getSimpleName(), unexpected);
        }
    }

    private String exchange(GorgiasCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.resolve(call.path()))
                .timeout(settings.requestTimeout())
                .header("Authorization", settings.authorization())
                .header("Accept", "application/json")
                .header("User-Agent", "gorgias-bridge");
        call.body().ifPresentOrElse(
                json -> request.header("Content-Type", "application/json")
                        .method(call.method(), BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                () -> request.method(call.method(), BodyPublishers.noBody()));
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException notConnected) {
            throw transientFailure(call, Kind.NOT_SENT, "could not connect", Optional.empty(), notConnected);
        } catch (HttpTimeoutException slow) {
            throw transientFailure(call, Kind.UNCERTAIN, "no answer within " + settings.requestTimeout(),
                    Optional.empty(), slow);
        } catch (IOException broken) {
            throw transientFailure(call, Kind.UNCERTAIN, "connection failed (" + broken.getClass().getSimpleName() + ")",
                    Optional.empty(), broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RetryLater(SERVICE, call.describe() + " interrupted", Optional.empty(), interrupted);
        }
        return interpret(call, response);
    }

    private String interpret(GorgiasCall call, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        String answered = call.describe() + " answered " + status;
        throw switch (status) {
            case 401, 403 -> new Unauthorized(SERVICE, answered + ": check GORGIAS_USERNAME and GORGIAS_API_KEY");
            case 404 -> new NotFound(SERVICE, answered);
            case 429 -> transientFailure(call, Kind.THROTTLED, "answered 429",
                    RetryAfter.parse(response.headers().firstValue("Retry-After"), clock), null);
            default -> status >= 500
                    ? transientFailure(call, Kind.UNCERTAIN, "answered " + status, Optional.empty(), null)
                    : new Permanent(SERVICE, answered, null);
        };
    }

    private static TransientFailure transientFailure(GorgiasCall call, Kind kind, String what, Optional<Duration> after,
                                                     Throwable cause) {
        boolean retryable = switch (call.repeat()) {
            case IDEMPOTENT -> true;
            case ONLY_IF_NOT_PROCESSED -> kind != Kind.UNCERTAIN;
            case NEVER -> false;
        };
        // A long Retry-After is better spent on other work than holding a worker.
        boolean shortWait = after.map(wait -> wait.compareTo(ApiLimit.MAX_WAIT) <= 0).orElse(true);
        String message = call.describe() + " " + what;
        if (call.repeat() == Repeat.ONLY_IF_NOT_PROCESSED && kind == Kind.UNCERTAIN) {
            message += "; not re-sent because it may have been processed: look for the external id first";
        }
        return new TransientFailure(kind, message, after, retryable && shortWait, cause);
    }

    private static Duration delayAfter(int failedAttempts, TransientFailure failure) {
        Optional<Duration> serverHint = failure == null ? Optional.empty() : failure.after();
        return serverHint.orElseGet(() -> Duration.ofMillis(BACKOFF.apply(failedAttempts)));
    }

    /** Waits through the Sleeper; an interrupt ends the call as RetryLater with the flag restored. */
    static void pause(Sleeper sleeper, Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RetryLater(SERVICE, "interrupted while waiting to retry", Optional.of(duration), interrupted);
        }
    }
}
