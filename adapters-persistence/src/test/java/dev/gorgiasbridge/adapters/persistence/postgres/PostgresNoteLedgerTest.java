package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.contract.NoteLedgerContract;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNoteLedgerTest extends NoteLedgerContract {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("ledger");



    @Override
    protected NoteLedger freshLedger() {
        postgres.database().jdbi().useHandle(h -> {
            h.execute("TRUNCATE tickets, ticket_notes, webhook_events CASCADE");
            h.execute("INSERT INTO tickets (id, subject, status) VALUES (?, 'Where is my order?', 'open')", TICKET.value());
        });
        return postgres.database().noteLedger();
    }

    @Override
    protected EventId anEvent() {
        return postgres.database().jdbi().withHandle(h -> new EventId(h.createQuery("""
                        INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at)
                        VALUES (:k, 'ticket-message-created', :t, '{}', now()) RETURNING id""")
                .bind("k", UUID.randomUUID().toString()).bind("t", TICKET.value()).mapTo(UUID.class).one()));
    }
}
