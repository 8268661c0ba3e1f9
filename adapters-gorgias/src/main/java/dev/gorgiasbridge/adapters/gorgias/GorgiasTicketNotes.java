package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.NotFound;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The ticket-notes port over the Gorgias REST API. A note's POST is never repeated once Gorgias may have
 * received it (5xx, timeout): that surfaces as RetryLater, and the caller looks for the external id
 * before posting again, as the port asks. 429s and refused connections are retried, reads also 5xx and
 * timeouts.
 */
public final class GorgiasTicketNotes implements TicketNotes {
    static final int PAGE_SIZE = 100;
    /** 1,000 messages: far beyond a real ticket, and within one window of the rate limit. */
    static final int MAX_PAGES = 10;

    private final GorgiasSettings settings;
    private final GorgiasHttp http;
    private final Clock clock;

    /** For production: the system clock, real waits. */
    public GorgiasTicketNotes(GorgiasSettings settings, RateLimits rateLimits) {
        this(settings, rateLimits, Clock.systemUTC(), Sleeper.system());
    }

    /** @param sleeper waits for retries and the rate limit, at most a few seconds per call */
    public GorgiasTicketNotes(GorgiasSettings settings, RateLimits rateLimits, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        var limit = new ApiLimit(Objects.requireNonNull(rateLimits, "rateLimits"), settings.accountDomain(), clock,
                Objects.requireNonNull(sleeper, "sleeper"));
        this.http = new GorgiasHttp(settings, limit, clock, sleeper);
    }

    @Override
    public PostedNote post(TicketId ticket, InternalNote note) {
        String created = http.send(GorgiasCall.create(messagesPath(ticket),
                GorgiasJson.noteRequest(note, settings.senderEmail())));
        return GorgiasJson.postedNote(GorgiasJson.parse(created, "the created message"), note.externalId());
    }

    @Override
    public Optional<PostedNote> findByExternalId(TicketId ticket, String externalId) {
        Optional<String> cursor = Optional.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            String path = messagesPath(ticket) + "?limit=" + PAGE_SIZE
                    + cursor.map(c -> "&cursor=" + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("");
            GorgiasJson.Page messages = GorgiasJson.page(GorgiasJson.parse(http.send(GorgiasCall.get(path)),
                    "a page of messages"));
            Optional<PostedNote> found = messages.messages().stream()
                    .filter(message -> GorgiasJson.text(message.path("external_id")).filter(externalId::equals).isPresent())
                    .findFirst()
                    .map(message -> GorgiasJson.postedNote(message, externalId));
            if (found.isPresent() || messages.nextCursor().isEmpty()) {
                return found;
            }
            cursor = messages.nextCursor();
        }
        // Answering "not there" without having looked everywhere could post a duplicate note.
        throw new Permanent(GorgiasHttp.SERVICE, "ticket " + ticket + " has more than " + MAX_PAGES * PAGE_SIZE
                + " messages; the external id was not searched to the end", null);
    }

    /**
     * {@code GET /api/tickets/{id}}: the ticket as Gorgias has it now. Not part of the port, as the service
     * reads tickets from the webhook; tests read a ticket back through it.
     */
    public Optional<Ticket> ticket(TicketId ticket) {
        try {
            JsonNode found = GorgiasJson.parse(http.send(GorgiasCall.get("/api/tickets/" + ticket.value())), "the ticket");
            return Optional.of(TicketJson.ticket(found));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    /** {@code GET /api/account}: the cheapest authenticated call, one request without retries. */
    @Override
    public Reachability reachability() {
        Instant start = clock.instant();
        try {
            GorgiasJson.parse(http.send(GorgiasCall.probe("/api/account")), "the account");
            return new Reachability.Reachable(Duration.between(start, clock.instant()));
        } catch (ExternalServiceException failed) {
            return new Reachability.Unreachable(failed.getMessage());
        }
    }

    private static String messagesPath(TicketId ticket) {
        return "/api/tickets/" + ticket.value() + "/messages";
    }
}
