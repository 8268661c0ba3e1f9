package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.contract.EventRecord;
import dev.gorgiasbridge.application.contract.PersonalDataContract;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPersonalDataTest extends PersonalDataContract {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("personal_data");

    @Override
    protected Stores freshStores() {
        postgres.truncate("webhook_events, customers, tickets, ticket_notes");
        var database = postgres.database();
        return new Stores(database.eventInbox(), database.customerDirectory(), database.noteLedger(), database.personalData());
    }

    @Override
    protected Optional<EventRecord> record(EventId id) {
        return StoredEvents.find(postgres.database().jdbi(), id);
    }

    private long count(String sql) {
        return postgres.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void a_purged_payload_is_gone_from_the_row_with_when_and_why() {
        freshStores();
        var database = postgres.database();
        var id = database.eventInbox().store(new InboxEvent(new DedupKey("message:4021:1"), "ticket-message-created",
                new TicketId(4021), "{\"message\":{\"sender\":{\"email\":\"maria.keller@example.com\"}}}",
                Instant.parse("2026-11-30T12:00:00Z"))).eventId();
        var claimed = database.eventInbox().claim(1, Duration.ofMinutes(1)).getFirst();
        database.eventInbox().finish(claimed.lease(), dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending.DONE, "done",
                java.util.List.of());

        database.personalData().purgeFinishedPayloads(Instant.now().plus(Duration.ofDays(1)));

        assertThat(count("SELECT count(*) FROM webhook_events WHERE payload LIKE '%maria%'")).isZero();
        assertThat(count("SELECT count(*) FROM webhook_events WHERE payload IS NULL AND payload_purged_at IS NOT NULL "
                + "AND payload_purge_reason = 'retention' AND id = '" + id + "'")).isEqualTo(1);
        assertThat(database.eventListing().detail(id, dev.gorgiasbridge.application.operations.port.in.EventDetail.Payload.INCLUDED))
                .hasValueSatisfying(detail -> assertThat(detail.payload()).isEmpty());
    }

    @Test
    void instances_purging_at_once_each_payload_is_purged_by_exactly_one_of_them() throws Exception {
        freshStores();
        var inbox = postgres.database().eventInbox();
        for (int i = 0; i < 2_500; i++) {
            inbox.store(new InboxEvent(new DedupKey("message:7000:" + i), "ticket-message-created", new TicketId(7000 + i),
                    "{\"n\":" + i + "}", Instant.parse("2026-11-30T12:00:00Z")));
        }
        postgres.database().jdbi().useHandle(h -> h.execute("UPDATE webhook_events SET status = 'done'"));
        Instant cutoff = Instant.now().plus(Duration.ofDays(1));
        Callable<Integer> purge = () -> postgres.database().personalData().purgeFinishedPayloads(cutoff);

        int total;
        try (var pool = Executors.newFixedThreadPool(3)) {
            var runs = pool.invokeAll(java.util.List.of(purge, purge, purge));
            total = runs.get(0).get() + runs.get(1).get() + runs.get(2).get();
        }
        total += postgres.database().personalData().purgeFinishedPayloads(cutoff);

        assertThat(total).isEqualTo(2_500);
        assertThat(count("SELECT count(*) FROM webhook_events WHERE payload IS NOT NULL")).isZero();
    }
}
