package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.ingest.port.in.AcceptWebhook;
import dev.gorgiasbridge.application.ingest.port.in.AcceptWebhook.Acceptance;
import dev.gorgiasbridge.application.ingest.port.in.CountDeliveries;
import dev.gorgiasbridge.application.ingest.port.in.InboxRefusedException;
import dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException;
import dev.gorgiasbridge.application.ingest.port.in.LimitWebhooks;
import dev.gorgiasbridge.application.ingest.port.in.LimitWebhooks.Admission;
import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.domain.webhook.Authentication;
import dev.gorgiasbridge.domain.webhook.BodySignature;
import dev.gorgiasbridge.domain.webhook.GorgiasTrigger;
import dev.gorgiasbridge.domain.webhook.PresentedCredentials;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials.HeaderCheck;
import dev.gorgiasbridge.domain.webhook.WebhookDelivery;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code POST /webhooks/gorgias/ticket}: the front door (docs/architecture.md; README.md, "The webhook"). In this order:
 * refuse a declared body over the limit; judge the credentials the headers present (a token, a malformed
 * or stale signature: decided without the body); for a signature, refuse an address already over its
 * failed-authentication limit and a body that does not fit the budget for unverified bodies, both
 * before reading, then read the body before a deadline while computing its MAC; apply the rate limit
 * that fits the verdict; read the body (token senders) within the limit; parse it, and store it. The
 * answer is 202 only after the event is committed, 200 for a delivery already stored, 503 when it cannot
 * be stored.
 */
public final class GorgiasWebhookEndpoint implements Handler {
    public static final String PATH = "/webhooks/gorgias/ticket";
    public static final String TOKEN_HEADER = "X-Gorgias-Bridge-Token";
    public static final String SIGNATURE_HEADER = "X-Gorgias-Signature";
    public static final String TIMESTAMP_HEADER = "X-Gorgias-Bridge-Timestamp";
    private static final Logger log = LoggerFactory.getLogger(GorgiasWebhookEndpoint.class);
    private static final Duration STORAGE_RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration BUSY_WARNING_INTERVAL = Duration.ofSeconds(10);

    private final WebhookCredentials credentials;
    private final AcceptWebhook acceptWebhook;
    private final LimitWebhooks limits;
    private final ClientAddresses clientAddresses;
    private final WebhookBodies bodies;
    private final BodyReader reader;
    private final UnverifiedBodies unverified;
    private final RefusedAddresses refusedAddresses = new RefusedAddresses();
    private final AtomicReference<Instant> lastBusyWarning = new AtomicReference<>(Instant.EPOCH);
    private final Clock clock;
    private final CountDeliveries deliveries;

    public GorgiasWebhookEndpoint(WebhookCredentials credentials, AcceptWebhook acceptWebhook, LimitWebhooks limits,
                                  ClientAddresses clientAddresses, long maxBodyBytes, Clock clock) {
        this(credentials, acceptWebhook, limits, clientAddresses, WebhookBodies.defaults(maxBodyBytes), clock,
                CountDeliveries.none());
    }

    /**
     * As above, with how bodies are read ({@link WebhookBodies}), counting every delivery by outcome with its
     * latency.
     */
    public GorgiasWebhookEndpoint(WebhookCredentials credentials, AcceptWebhook acceptWebhook, LimitWebhooks limits,
                                  ClientAddresses clientAddresses, WebhookBodies bodies, Clock clock, CountDeliveries deliveries) {
        this.deliveries = deliveries;
        this.credentials = credentials;
        this.acceptWebhook = acceptWebhook;
        this.limits = limits;
        this.clientAddresses = clientAddresses;
        this.bodies = bodies;
        this.reader = new BodyReader(bodies.maxBytes(), bodies.readTimeout());
        this.unverified = new UnverifiedBodies(bodies.maxUnverifiedBytes());
        this.clock = clock;
    }

    long maxBodyBytes() {
        return bodies.maxBytes();
    }

    /** Bytes of unverified bodies being read right now. */
    long unverifiedBytesReserved() {
        return unverified.reserved();
    }

    @Override
    public void handle(Context ctx) {
        long started = System.nanoTime();
        WebhookOutcome outcome = respond(ctx);
        deliveries.delivered(outcome, Duration.ofNanos(System.nanoTime() - started));
    }

    private WebhookOutcome respond(Context ctx) {
        if (ctx.req().getContentLengthLong() > bodies.maxBytes()) {
            return tooLarge(ctx);
        }
        String client = clientAddresses.resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        var presented = PresentedCredentials.of(
                ctx.header(TOKEN_HEADER), ctx.header(SIGNATURE_HEADER), ctx.header(TIMESTAMP_HEADER));
        return switch (credentials.checkHeaders(presented, clock.instant())) {
            case HeaderCheck.Decided(Authentication.Rejected rejected) -> refuse(ctx, client, rejected.reason());
            case HeaderCheck.Decided(Authentication.Authenticated authenticated) ->
                    admit(ctx, authenticated.principal(), Optional.empty());
            case HeaderCheck.SignedBody signed -> verifySignedBody(ctx, client, signed.signature());
        };
    }

    /**
     * Reads a signed body while checking its signature, but only for an address not already refused and
     * within the budget for unverified bodies; either refusal comes before a byte is read.
     */
    private WebhookOutcome verifySignedBody(Context ctx, String client, BodySignature signature) {
        Optional<Duration> refused = refusedAddresses.refused(client, clock.instant());
        if (refused.isPresent()) {
            log.info("webhook refused before reading: too many failed authentications from {}", client);
            return unauthorizedRateLimited(ctx, refused.get());
        }
        long declared = ctx.req().getContentLengthLong();
        Optional<UnverifiedBodies.Reservation> reservation = unverified.tryReserve(declared >= 0 ? declared : bodies.maxBytes());
        if (reservation.isEmpty()) {
            return busy(ctx, client);
        }
        BodyReader.Outcome read;
        Optional<Authentication> verdict = Optional.empty();
        try (var held = reservation.get()) {
            read = reader.read(ctx.req(), signature::update);
            if (read instanceof BodyReader.Outcome.Read) {
                verdict = Optional.of(signature.verdict());
            }
        }
        return switch (read) {
            case BodyReader.Outcome.Read body -> switch (verdict.orElseThrow()) {
                case Authentication.Rejected rejected -> refuse(ctx, client, rejected.reason());
                case Authentication.Authenticated authenticated -> admit(ctx, authenticated.principal(), Optional.of(body.body()));
            };
            case BodyReader.Outcome.TimedOut timedOut -> {
                // A stalled upload by someone who has not proven anything counts against their address.
                rememberIfLimited(client, limits.failedAuthentication(client));
                yield timedOut(ctx, client);
            }
            case BodyReader.Outcome.TooLarge tooLarge -> tooLarge(ctx);
            case BodyReader.Outcome.Broken broken -> unreadable(ctx, broken.why());
        };
    }

    private WebhookOutcome refuse(Context ctx, String client, String reason) {
        if (rememberIfLimited(client, limits.failedAuthentication(client)) instanceof Admission.Limited limited) {
            log.info("webhook refused: too many failed authentications from {}", client);
            return unauthorizedRateLimited(ctx, limited.retryAfter());
        }
        log.info("webhook refused from {}: {}", client, reason);
        Problems.send(ctx, 401, "Unauthorized", reason);
        return WebhookOutcome.UNAUTHORIZED;
    }

    private Admission rememberIfLimited(String client, Admission decision) {
        if (decision instanceof Admission.Limited limited) {
            refusedAddresses.refuse(client, clock.instant(), limited.retryAfter());
        }
        return decision;
    }

    private WebhookOutcome admit(Context ctx, String principal, Optional<byte[]> alreadyRead) {
        if (limits.authenticated(principal) instanceof Admission.Limited limited) {
            log.warn("webhook rate limited for {}", principal);
            return rateLimited(ctx, limited.retryAfter());
        }
        byte[] body;
        if (alreadyRead.isPresent()) {
            body = alreadyRead.get();
        } else {
            switch (reader.read(ctx.req(), BodyReader.ChunkListener.NONE)) {
                case BodyReader.Outcome.Read read -> body = read.body();
                case BodyReader.Outcome.TooLarge tooLarge -> {
                    return tooLarge(ctx);
                }
                case BodyReader.Outcome.TimedOut timedOut -> {
                    return timedOut(ctx, principal);
                }
                case BodyReader.Outcome.Broken broken -> {
                    return unreadable(ctx, broken.why());
                }
            }
        }
        Optional<GorgiasTrigger> trigger = Optional.empty();
        String event = ctx.queryParam("event");
        if (event != null && !event.isBlank()) {
            trigger = GorgiasTrigger.fromWireName(event.strip());
            if (trigger.isEmpty()) {
                log.info("webhook refused: unknown event '{}'", event.length() > 64 ? event.substring(0, 64) : event);
                Problems.send(ctx, 400, "Bad Request",
                        "unknown event; use ticket-created, ticket-updated or ticket-message-created");
                return WebhookOutcome.INVALID;
            }
        }
        WebhookDelivery delivery;
        try {
            delivery = GorgiasPayloads.read(body, trigger);
        } catch (GorgiasPayloads.InvalidPayload e) {
            log.info("webhook refused: {}", e.getMessage());
            Problems.send(ctx, 400, "Bad Request", e.getMessage());
            return WebhookOutcome.INVALID;
        }
        return store(ctx, delivery);
    }

    private WebhookOutcome store(Context ctx, WebhookDelivery delivery) {
        MDC.put("ticket_id", delivery.ticketId().toString());
        try {
            Acceptance acceptance = acceptWebhook.accept(delivery);
            MDC.put("event_id", acceptance.eventId().toString());
            return switch (acceptance) {
                case Acceptance.Accepted accepted -> {
                    log.info("webhook accepted: {} for ticket {}", delivery.eventType(), delivery.ticketId());
                    Problems.json(ctx, 202, Map.of("status", "accepted", "event_id", accepted.eventId().toString()));
                    yield WebhookOutcome.ACCEPTED;
                }
                case Acceptance.Duplicate duplicate -> {
                    log.info("webhook duplicate of event {}", duplicate.eventId());
                    Problems.json(ctx, 200, Map.of("status", "duplicate", "event_id", duplicate.eventId().toString()));
                    yield WebhookOutcome.DUPLICATE;
                }
            };
        } catch (InboxRefusedException e) {
            // The database refused this delivery's content; deliveries stored with it are unaffected.
            log.warn("webhook refused: {}", e.getMessage());
            Problems.send(ctx, 400, "Bad Request", "the event's content cannot be stored");
            return WebhookOutcome.INVALID;
        } catch (InboxUnavailableException e) {
            log.error("webhook not stored, asking the sender to retry: {}", e.getMessage(), e.getCause());
            ctx.header("Retry-After", Long.toString(STORAGE_RETRY_AFTER.toSeconds()));
            Problems.send(ctx, 503, "Service Unavailable", "the event could not be stored; retry later");
            return WebhookOutcome.STORAGE_FAILED;
        } finally {
            MDC.remove("ticket_id");
            MDC.remove("event_id");
        }
    }

    private static WebhookOutcome unreadable(Context ctx, String why) {
        log.info("webhook body could not be read: {}", why);
        ctx.header("Connection", "close");
        Problems.send(ctx, 400, "Bad Request", "the request body could not be read");
        return WebhookOutcome.INVALID;
    }

    private WebhookOutcome tooLarge(Context ctx) {
        log.info("webhook refused: body larger than {} bytes", bodies.maxBytes());
        ctx.header("Connection", "close");
        Problems.send(ctx, 413, "Content Too Large", "the body exceeds the limit of " + bodies.maxBytes() + " bytes");
        return WebhookOutcome.TOO_LARGE;
    }

    private WebhookOutcome timedOut(Context ctx, String sender) {
        log.info("webhook refused: the body from {} did not arrive within {} s", sender, bodies.readTimeout().toSeconds());
        ctx.header("Connection", "close");
        Problems.send(ctx, 408, "Request Timeout",
                "the body did not arrive within " + bodies.readTimeout().toSeconds() + " seconds");
        return WebhookOutcome.TIMED_OUT;
    }

    /** The budget for unverified bodies is spent: refused at once, before reading, with a short Retry-After. */
    private WebhookOutcome busy(Context ctx, String client) {
        Instant now = clock.instant();
        Instant last = lastBusyWarning.get();
        if (now.isAfter(last.plus(BUSY_WARNING_INTERVAL)) && lastBusyWarning.compareAndSet(last, now)) {
            log.warn("signed webhooks refused with 503: {} bytes of unverified bodies are being read already "
                    + "(WEBHOOK_MAX_UNVERIFIED_BYTES); latest from {}", unverified.reserved(), client);
        }
        ctx.header("Retry-After", Long.toString(BUSY_RETRY_AFTER.toSeconds()));
        ctx.header("Connection", "close");
        Problems.send(ctx, 503, "Service Unavailable",
                "too many signed bodies are being received at once; retry after the Retry-After delay");
        return WebhookOutcome.OVERLOADED;
    }

    /** A 429 for a client that failed authentication too often: counted apart from authenticated senders' 429s. */
    private static WebhookOutcome unauthorizedRateLimited(Context ctx, Duration retryAfter) {
        rateLimited(ctx, retryAfter);
        return WebhookOutcome.UNAUTHORIZED_RATE_LIMITED;
    }

    private static WebhookOutcome rateLimited(Context ctx, Duration retryAfter) {
        ctx.header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        Problems.send(ctx, 429, "Too Many Requests", "rate limit exceeded; retry after the Retry-After delay");
        return WebhookOutcome.RATE_LIMITED;
    }
}
