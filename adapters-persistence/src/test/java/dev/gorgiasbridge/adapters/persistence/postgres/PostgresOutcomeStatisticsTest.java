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
    void a_ticket_holding_two_posted_notes_of_the_same_content_counts_as_duplicate_processing() {
        freshStore();
        postgres.database().jdbi().useHandle(h -> {
            h.execute("INSERT INTO tickets (id) VALUES (9001), (9002)");
            h.execute("""
                    INSERT INTO ticket_notes (ticket_id, external_id, content_hash, gorgias_message_id, body_text, body_html)
                    VALUES (9001, 'gorgias-bridge:evt-a', 'same', 310000101, 't', 'h'),
                           (9001, 'gorgias-bridge:evt-b', 'same', 310000102, 't', 'h'),
                           (9002, 'gorgias-bridge:evt-c', 'same', NULL, 't', 'h'),
                           (9002, 'gorgias-bridge:evt-d', 'same', 310000104, 't', 'h')
                    """);
        });

        var counts = postgres.database().outcomeStatistics().count(Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofMinutes(1)));

        assertThat(counts.ticketsWithRepeatedNotes())
                .as("a note whose post failed beside the one that made it is no duplicate").isEqualTo(1);
    }
}
