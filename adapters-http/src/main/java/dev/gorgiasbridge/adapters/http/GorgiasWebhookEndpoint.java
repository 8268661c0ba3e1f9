package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.port.in.AcceptWebhook;
import dev.gorgiasbridge.application.port.in.AcceptWebhook.Acceptance;
import dev.gorgiasbridge.application.port.out.InboxRefusedException;
import dev.gorgiasbridge.application.port.out.InboxUnavailableException;
import dev.gorgiasbridge.application.port.out.IngestMetrics;
import dev.gorgiasbridge.application.port.out.IngestMetrics.WebhookOutcome;
import dev.gorgiasbridge.application.port.out.RateLimits.Decision;
import dev.gorgiasbridge.domain.webhook.Authentication;
import dev.gorgiasbridge.domain.webhook.GorgiasTrigger;
import dev.gorgiasbridge.domain.webhook.PresentedCredentials;
import dev.gorgiasbridge.domain.webhook.WebhookCredentials;
import dev.gorgiasbridge.domain.webhook.WebhookDelivery;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code POST /webhooks/gorgias/ticket}: the front door (DESIGN 1.2, R1, R7, R9, R11). In this order:
 * refuse a declared body over the limit, authenticate (reading the body only if an HMAC needs it), apply
 * the rate limit that fits the verdict, read the body within the limit, parse it, and store it. The answer
 * is 202 only after the event is committed, 200 for a delivery already stored, 503 when it cannot be stored.
 */
public final class GorgiasWebhookEndpoint implements Handler {
    public static final String PATH = "/webhooks/gorgias/ticket";
    public static final String TOKEN_HEADER = "X-Gorgias-Bridge-Token";
    public static final String SIGNATURE_HEADER = "X-Gorgias-Signature";
    public static final String TIMESTAMP_HEADER = "X-Gorgias-Bridge-Timestamp";
    private static final Logger log = LoggerFactory.getLogger(GorgiasWebhookEndpoint.class);
    private static final Duration STORAGE_RETRY_AFTER = Duration.ofSeconds(5);

    private final WebhookCredentials credentials;
    private final AcceptWebhook acceptWebhook;
    private final WebhookLimits limits;
    private final ClientAddresses clientAddresses;
    private final long maxBodyBytes;
    private final Clock clock;
    private final IngestMetrics metrics;

    public GorgiasWebhookEndpoint(WebhookCredentials credentials, AcceptWebhook acceptWebhook, WebhookLimits limits,
                                  ClientAddresses clientAddresses, long maxBodyBytes, Clock clock) {
        this(credentials, acceptWebhook, limits, clientAddresses, maxBodyBytes, clock, IngestMetrics.none());
    }

    /** As above, counting every delivery by outcome with its latency. */
    public GorgiasWebhookEndpoint(WebhookCredentials credentials, AcceptWebhook acceptWebhook, WebhookLimits limits,
                                  ClientAddresses clientAddresses, long maxBodyBytes, Clock clock, IngestMetrics metrics) {
        this.metrics = metrics;
        this.credentials = credentials;
        this.acceptWebhook = acceptWebhook;
        this.limits = limits;
        this.clientAddresses = clientAddresses;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    @Override
    public void handle(Context ctx) {
        long started = System.nanoTime();
        WebhookOutcome outcome = respond(ctx);
        metrics.webhook(outcome, Duration.ofNanos(System.nanoTime() - started));
    }

    private WebhookOutcome respond(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            return tooLarge(ctx);
        }
        String client = clientAddresses.resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        var presented = PresentedCredentials.of(
                ctx.header(TOKEN_HEADER), ctx.header(SIGNATURE_HEADER), ctx.header(TIMESTAMP_HEADER));
        Optional<byte[]> body = Optional.empty();
        if (credentials.needsBody(presented)) {
            body = readBody(ctx);
            if (body.isEmpty()) {
                return unreadable(ctx);
            }
        }
        var verdict = credentials.verify(presented, body.orElse(new byte[0]), clock.instant());
        return switch (verdict) {
            case Authentication.Rejected rejected -> refuse(ctx, client, rejected.reason());
            case Authentication.Authenticated authenticated -> admit(ctx, authenticated.principal(), body);
        };
    }

    private WebhookOutcome refuse(Context ctx, String client, String reason) {
        if (limits.failedAuthentication(client) instanceof Decision.Limited limited) {
            log.info("webhook refused: too many failed authentications from {}", client);
            rateLimited(ctx, limited);
            return WebhookOutcome.UNAUTHORIZED_RATE_LIMITED;
        }
        log.info("webhook refused from {}: {}", client, reason);
        Problems.send(ctx, 401, "Unauthorized", reason);
        return WebhookOutcome.UNAUTHORIZED;
    }

    private WebhookOutcome admit(Context ctx, String principal, Optional<byte[]> alreadyRead) {
        if (limits.authenticated(principal) instanceof Decision.Limited limited) {
            log.warn("webhook rate limited for {}", principal);
            return rateLimited(ctx, limited);
        }
        Optional<byte[]> body = alreadyRead.isPresent() ? alreadyRead : readBody(ctx);
        if (body.isEmpty()) {
            return unreadable(ctx);
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
            delivery = GorgiasPayloads.read(body.get(), trigger);
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

    /** The outcome after readBody answered for itself: 413 for a body over the limit, else 400. */
    private static WebhookOutcome unreadable(Context ctx) {
        return ctx.statusCode() == 413 ? WebhookOutcome.TOO_LARGE : WebhookOutcome.INVALID;
    }

    /** Reads the body up to the limit; answers 413 or 400 itself and returns empty when it cannot. */
    private Optional<byte[]> readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            var out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) != -1) {
                total += n;
                if (total > maxBodyBytes) {
                    tooLarge(ctx);
                    return Optional.empty();
                }
                out.write(chunk, 0, n);
            }
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            log.info("webhook body could not be read: {}", e.toString());
            Problems.send(ctx, 400, "Bad Request", "the request body could not be read");
            return Optional.empty();
        }
    }

    private WebhookOutcome tooLarge(Context ctx) {
        log.info("webhook refused: body larger than {} bytes", maxBodyBytes);
        ctx.header("Connection", "close");
        Problems.send(ctx, 413, "Content Too Large", "the body exceeds the limit of " + maxBodyBytes + " bytes");
        return WebhookOutcome.TOO_LARGE;
    }

    private static WebhookOutcome rateLimited(Context ctx, Decision.Limited limited) {
        ctx.header("Retry-After", Long.toString(limited.retryAfter().toSeconds()));
        Problems.send(ctx, 429, "Too Many Requests", "rate limit exceeded; retry after the Retry-After delay");
        return WebhookOutcome.RATE_LIMITED;
    }
}
