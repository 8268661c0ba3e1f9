package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.operations.port.in.EventCursor;
import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.operations.port.in.EventPage;
import dev.gorgiasbridge.application.operations.port.in.EventQuery;
import dev.gorgiasbridge.application.operations.port.in.EventSummary;
import dev.gorgiasbridge.application.operations.port.in.ListEvents;
import dev.gorgiasbridge.application.operations.port.in.ReceivedRange;
import dev.gorgiasbridge.application.operations.port.in.RecordedStage;
import dev.gorgiasbridge.application.operations.port.in.ReplayEvents;
import dev.gorgiasbridge.application.operations.port.in.ShowEvent;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/events}, {@code GET /api/events/{id}}, {@code POST /api/events/{id}/replay} and
 * {@code POST /api/events/replay?status=dead&from=&to=}: browse stored events and send them through again.
 */
final class EventEndpoints {
    private static final Logger log = LoggerFactory.getLogger(EventEndpoints.class);

    private final ListEvents listEvents;
    private final ShowEvent showEvent;
    private final ReplayEvents replayEvents;

    EventEndpoints(ListEvents listEvents, ShowEvent showEvent, ReplayEvents replayEvents) {
        this.listEvents = listEvents;
        this.showEvent = showEvent;
        this.replayEvents = replayEvents;
    }

    void list(Context ctx) {
        Optional<EventStatus> status;
        int limit;
        Optional<EventCursor> before = Optional.empty();
        try {
            status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank())
                    .map(s -> EventStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            limit = Optional.ofNullable(ctx.queryParam("limit")).filter(s -> !s.isBlank()).map(Integer::parseInt)
                    .orElse(EventQuery.DEFAULT_LIMIT);
        } catch (IllegalArgumentException e) {
            Problems.send(ctx, 400, "Bad Request",
                    "status must be one of pending, processing, done, skipped, retry, dead; limit a whole number");
            return;
        }
        String cursor = ctx.queryParam("before");
        if (cursor != null && !cursor.isBlank()) {
            before = EventCursor.parse(cursor.strip());
            if (before.isEmpty()) {
                Problems.send(ctx, 400, "Bad Request", "before must be the 'next' cursor of an earlier page");
                return;
            }
        }
        if (limit < 1 || limit > EventQuery.MAX_LIMIT) {
            Problems.send(ctx, 400, "Bad Request", "limit must be between 1 and " + EventQuery.MAX_LIMIT);
            return;
        }
        EventPage page = listEvents.list(new EventQuery(status, limit, before));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", page.events().stream().map(EventEndpoints::summary).toList());
        body.put("next", page.next().map(EventCursor::token).orElse(null));
        Problems.json(ctx, 200, body);
    }

    void show(Context ctx) {
        Optional<EventId> id = eventId(ctx);
        if (id.isEmpty()) {
            return;
        }
        var payload = "true".equalsIgnoreCase(ctx.queryParam("payload")) ? EventDetail.Payload.INCLUDED : EventDetail.Payload.LEFT_OUT;
        Optional<EventDetail> detail = showEvent.show(id.get(), payload);
        if (detail.isEmpty()) {
            Problems.send(ctx, 404, "Not Found", "no event " + id.get());
            return;
        }
        Map<String, Object> body = summary(detail.get().event());
        body.put("dedup_key", detail.get().dedupKey());
        body.put("next_attempt_at", detail.get().nextAttemptAt().toString());
        body.put("last_error", detail.get().lastError().orElse(null));
        body.put("stages", detail.get().stages().stream().map(EventEndpoints::stage).toList());
        detail.get().payload().ifPresent(p -> body.put("payload", p));
        Problems.json(ctx, 200, body);
    }

    void replay(Context ctx) {
        Optional<EventId> id = eventId(ctx);
        if (id.isEmpty()) {
            return;
        }
        switch (replayEvents.replay(id.get())) {
            case REPLAYED -> {
                log.info("event {} replayed by {}", id.get(), (String) ctx.attribute(AdminGuard.SUBJECT));
                Problems.json(ctx, 202, Map.of("status", "replayed", "event_id", id.get().toString()));
            }
            case NOT_FOUND -> Problems.send(ctx, 404, "Not Found", "no event " + id.get());
            case IN_FLIGHT -> Problems.send(ctx, 409, "Conflict", "the event is being processed; try again when it has finished");
            case PAYLOAD_PURGED -> Problems.send(ctx, 410, "Gone", "the event's payload was deleted (retention period over, "
                    + "or the customer's data erased on request); there is nothing left to process");
        }
    }

    void replayDead(Context ctx) {
        if (!"dead".equals(ctx.queryParam("status"))) {
            Problems.send(ctx, 400, "Bad Request", "only dead events are replayed in bulk: add status=dead");
            return;
        }
        ReceivedRange received;
        try {
            received = new ReceivedRange(instant(ctx, "from"), instant(ctx, "to"));
        } catch (DateTimeParseException e) {
            Problems.send(ctx, 400, "Bad Request", "from and to must be instants such as 2026-11-01T00:00:00Z");
            return;
        } catch (IllegalArgumentException e) {
            Problems.send(ctx, 400, "Bad Request", e.getMessage());
            return;
        }
        int replayed = replayEvents.replayDead(received);
        log.info("{} dead event(s) received in [{}, {}) replayed by {}", replayed, received.from(), received.to(),
                (String) ctx.attribute(AdminGuard.SUBJECT));
        Problems.json(ctx, 202, Map.of("replayed", replayed, "from", received.from().toString(), "to", received.to().toString()));
    }

    private static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new DateTimeParseException(name + " is missing", "", 0);
        }
        return Instant.parse(value.strip());
    }

    private static Optional<EventId> eventId(Context ctx) {
        try {
            return Optional.of(EventId.parse(ctx.pathParam("id")));
        } catch (IllegalArgumentException e) {
            Problems.send(ctx, 404, "Not Found", "event ids are UUIDs");
            return Optional.empty();
        }
    }

    private static Map<String, Object> summary(EventSummary event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id().toString());
        json.put("event_type", event.eventType());
        json.put("ticket_id", event.ticketId().value());
        json.put("status", event.status().dbValue());
        json.put("attempts", event.attempts());
        json.put("received_at", event.receivedAt().toString());
        json.put("summary", event.summary().orElse(null));
        return json;
    }

    private static Map<String, Object> stage(RecordedStage stage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attempt", stage.attempt());
        json.put("stage", stage.outcome().stage().name().toLowerCase(Locale.ROOT));
        json.put("result", stage.outcome().result().name().toLowerCase(Locale.ROOT));
        json.put("detail", stage.outcome().detail());
        json.put("recorded_at", stage.recordedAt().toString());
        return json;
    }
}
