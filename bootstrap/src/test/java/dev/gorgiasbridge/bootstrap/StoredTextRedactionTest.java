package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.operations.ListEventsService;
import dev.gorgiasbridge.application.operations.ShowEventService;
import dev.gorgiasbridge.application.operations.port.in.EventDetail;
import dev.gorgiasbridge.application.operations.port.in.EventQuery;
import dev.gorgiasbridge.application.operations.port.in.EventSummary;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.redaction.RedactedEventInbox;
import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import dev.gorgiasbridge.bootstrap.observability.Redactions;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What attempts write down passes the same redaction as the logs before PostgreSQL keeps it, and again as
 * the admin API serves it: an upstream error quoting a bearer token, the configured Gorgias API key or a
 * URL with a password is stored and shown masked.
 */
class StoredTextRedactionTest {
    private static final String GORGIAS_KEY = "gorgias-api-key-0123456789";
    private static final String BEARER = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib3QifQ.c2lnbmF0dXJl";
    private static final String DB_URL_WITH_PASSWORD = "postgresql://bridge:s3cret-db-pass@db.internal:5432/bridge";
    private static final Redactions REDACTIONS = Redactions.of(SettingsReader.read(Map.of("APP_ENV", "development",
            "GORGIAS_API_KEY", GORGIAS_KEY, "GORGIAS_USERNAME", "bot@lindas.example")));

    private static TestPostgres server;
    private static PostgresDatabase database;

    @BeforeAll
    static void start() {
        server = TestPostgres.create("redaction");
        database = server.migrated();
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    private static EventId failTwice(EventInbox inbox, int message) {
        EventId id = inbox.store(new InboxEvent(new DedupKey("message:91234567:" + message), "ticket-message-created",
                new TicketId(91234567), "{\"ticket\":{\"id\":91234567}}", Instant.parse("2026-01-06T16:40:02Z"))).eventId();
        var first = inbox.claim(1, Duration.ofMinutes(1)).getFirst();
        inbox.retryLater(first.lease(), Duration.ZERO, "note: gorgias answered 401 to Authorization: " + BEARER,
                List.of(StageOutcome.failed(Stage.NOTE, "gorgias answered 401 to Authorization: " + BEARER)));
        var second = inbox.claim(1, Duration.ofMinutes(1)).getFirst();
        inbox.finish(second.lease(), EventInbox.Ending.DEAD, "note: gorgias refused api key " + GORGIAS_KEY,
                List.of(StageOutcome.failed(Stage.ORDERS, "could not reach " + DB_URL_WITH_PASSWORD),
                        StageOutcome.failed(Stage.NOTE, "gorgias refused api key " + GORGIAS_KEY)));
        return id;
    }

    private static String storedText(EventId id) {
        List<String> details = Rows.column(server, "SELECT detail FROM event_outcomes WHERE event_id = '" + id + "'");
        List<String> errors = Rows.column(server,
                "SELECT coalesce(last_error, '') || ' ' || coalesce(summary, '') FROM webhook_events WHERE id = '" + id + "'");
        return String.join("\n", details) + "\n" + String.join("\n", errors);
    }

    @Test
    void stage_details_and_the_last_error_are_stored_masked() {
        EventId id = failTwice(new RedactedEventInbox(database.eventInbox(), REDACTIONS), 310000401);

        String stored = storedText(id);

        assertThat(stored).contains("gorgias answered 401 to Authorization: ****", "gorgias refused api key ****",
                        "could not reach postgresql://****@db.internal:5432/bridge")
                .doesNotContain("eyJhbGciOiJIUzI1NiJ9", GORGIAS_KEY, "s3cret-db-pass");
    }

    @Test
    void text_stored_before_masking_is_masked_as_it_is_served() {
        EventId id = failTwice(database.eventInbox(), 310000402);
        assertThat(storedText(id)).contains(GORGIAS_KEY);

        EventDetail detail = new ShowEventService(database.eventListing(), REDACTIONS)
                .show(id, EventDetail.Payload.LEFT_OUT).orElseThrow();
        List<EventSummary> listed = new ListEventsService(database.eventListing(), REDACTIONS)
                .list(EventQuery.newest(50)).events();

        assertThat(detail.lastError()).hasValueSatisfying(e -> assertThat(e).doesNotContain(GORGIAS_KEY).contains("****"));
        assertThat(detail.stages()).allSatisfy(s -> assertThat(s.outcome().detail())
                .doesNotContain(GORGIAS_KEY, "eyJhbGciOiJIUzI1NiJ9", "s3cret-db-pass"));
        assertThat(listed).filteredOn(e -> e.id().equals(id)).singleElement()
                .satisfies(e -> assertThat(e.summary()).hasValueSatisfying(s -> assertThat(s).doesNotContain(GORGIAS_KEY)));
    }
}
