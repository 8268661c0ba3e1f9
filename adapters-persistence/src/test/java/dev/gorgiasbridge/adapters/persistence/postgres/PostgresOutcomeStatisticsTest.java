package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.contract.OutcomeStatisticsContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOutcomeStatisticsTest extends OutcomeStatisticsContract {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("stats");



    @Override
    protected Store freshStore() {
        postgres.database().jdbi().useHandle(h -> h.execute("TRUNCATE webhook_events, tickets, customers CASCADE"));
        return new Store(postgres.database().eventInbox(), postgres.database().outcomeStatistics());
    }

    @Test
    void a_ticket_holding_two_notes_of_the_same_content_counts_as_duplicate_processing() {
        freshStore();
        // The schema forbids this (unique ticket and content hash); drop the guard to prove the count would see it.
        postgres.database().jdbi().useHandle(h -> {
            h.execute("DROP INDEX ticket_notes_ticket_content");
            h.execute("INSERT INTO tickets (id) VALUES (9001)");
            h.execute("INSERT INTO ticket_notes (ticket_id, external_id, content_hash, body_text, body_html) "
                    + "VALUES (9001, 'gb-a', 'same', 't', 'h'), (9001, 'gb-b', 'same', 't', 'h')");
        });
        try {
            var counts = postgres.database().outcomeStatistics().count(Instant.now().minus(Duration.ofHours(1)),
                    Instant.now().plus(Duration.ofMinutes(1)));

            assertThat(counts.ticketsWithRepeatedNotes()).isEqualTo(1);
        } finally {
            postgres.database().jdbi().useHandle(h -> {
                h.execute("TRUNCATE tickets CASCADE");
                h.execute("CREATE UNIQUE INDEX ticket_notes_ticket_content ON ticket_notes (ticket_id, content_hash)");
            });
        }
    }
}
