package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.retention.port.in.Erasure;
import dev.gorgiasbridge.application.retention.port.out.PersonalData;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Retention and erasure in PostgreSQL. Payloads are set to NULL with the time and reason (V3); customers
 * are deleted and their tickets and notes go with them through the schema's cascades. A customer is found
 * by any address they were ever known by, and a payload names the address when its decoded JSON text does
 * (V6). The retention job
 * holds an advisory lock while it works, so among several instances one purges and the others return at
 * once; it deletes in batches, so ingest never waits behind one huge update.
 */
final class PostgresPersonalData implements PersonalData {
    /** The retention job's advisory lock: "gbretent" in ASCII, a number no other lock of ours uses. */
    static final long RETENTION_LOCK = 0x6762_7265_7465_6e74L;
    static final int BATCH = 1_000;
    private static final String UNFINISHED = "('pending', 'retry', 'processing')";
    /** A payload names the address in its decoded text (V6): "jan\\u0040example.cz" names jan@example.cz. */
    private static final String MENTIONS = "EXISTS (SELECT 1 FROM payload_text_values(payload) AS text WHERE text ~* :mention)";

    private static final String PURGE_BATCH = """
            WITH batch AS (
                SELECT id FROM webhook_events
                WHERE payload IS NOT NULL AND status IN ('done', 'skipped', 'dead') AND updated_at < :finishedBefore
                ORDER BY updated_at
                LIMIT :batch
                FOR UPDATE SKIP LOCKED
            )
            UPDATE webhook_events e
            SET payload = NULL, payload_purged_at = now(), payload_purge_reason = 'retention'
            FROM batch
            WHERE e.id = batch.id
            """;
    private static final String ERASE_EVENTS = """
            UPDATE webhook_events
            SET payload = NULL, payload_purged_at = now(), payload_purge_reason = 'erasure',
                summary = CASE WHEN status IN %1$s THEN 'customer data erased on request' ELSE summary END,
                status = CASE WHEN status IN %1$s THEN 'skipped' ELSE status END,
                lease_owner = NULL, lease_expires_at = NULL, updated_at = now()
            WHERE payload IS NOT NULL AND (ticket_id = ANY(:tickets) OR %2$s)
            """.formatted(UNFINISHED, MENTIONS);
    /** The customer: by their key or by any address they were ever known by (V6, customer_emails). */
    private static final String CUSTOMERS = """
            SELECT id FROM customers WHERE lower(email) = :address OR customer_key = :key
            UNION
            SELECT customer_id FROM customer_emails WHERE email = :address
            """;

    private final Jdbi jdbi;

    PostgresPersonalData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int purgeFinishedPayloads(Instant finishedBefore) {
        return jdbi.withHandle(handle -> {
            boolean ours = handle.createQuery("SELECT pg_try_advisory_lock(:lock)").bind("lock", RETENTION_LOCK)
                    .mapTo(Boolean.class).one();
            if (!ours) {
                return 0;
            }
            try {
                int total = 0;
                int purged;
                do {
                    purged = handle.inTransaction(h -> h.createUpdate(PURGE_BATCH)
                            .bind("finishedBefore", finishedBefore)
                            .bind("batch", BATCH)
                            .execute());
                    total += purged;
                } while (purged == BATCH);
                return total;
            } finally {
                handle.createQuery("SELECT pg_advisory_unlock(:lock)").bind("lock", RETENTION_LOCK).mapTo(Boolean.class).one();
            }
        });
    }

    @Override
    public Erasure erase(CustomerKey.Email customer) {
        String mention = Mentions.of(customer);
        return jdbi.inTransaction(handle -> {
            Long[] customers = ids(handle, CUSTOMERS, customer);
            // Only the customer's own tickets go; another customer's ticket that merely quotes the address
            // keeps its row and notes and loses the payloads that name it.
            Long[] tickets = handle.createQuery("SELECT id FROM tickets WHERE customer_id = ANY(:customers)")
                    .bind("customers", customers)
                    .mapTo(Long.class).list().toArray(Long[]::new);
            int payloads = handle.createUpdate(ERASE_EVENTS).bind("tickets", tickets).bind("mention", mention).execute();
            int notes = handle.createQuery("SELECT count(*) FROM ticket_notes WHERE ticket_id = ANY(:tickets)")
                    .bind("tickets", tickets).mapTo(Integer.class).one();
            int ticketRows = handle.createUpdate("DELETE FROM tickets WHERE id = ANY(:tickets)").bind("tickets", tickets).execute();
            int customerRows = handle.createUpdate("DELETE FROM customers WHERE id = ANY(:customers)")
                    .bind("customers", customers).execute();
            return new Erasure(customerRows, ticketRows, notes, payloads);
        });
    }

    private static Long[] ids(Handle handle, String sql, CustomerKey.Email customer) {
        List<Long> ids = handle.createQuery(sql)
                .bind("address", customer.address())
                .bind("key", customer.canonical())
                .mapTo(Long.class).list();
        return ids.toArray(Long[]::new);
    }

    /** A case-insensitive PostgreSQL regular expression for the address as a whole word in any text. */
    static final class Mentions {
        private Mentions() {
        }

        static String of(CustomerKey.Email customer) {
            // Every character but letters and digits escaped; not preceded by anything that continues the
            // local part, not followed by anything that continues the domain (a full stop ending a sentence may).
            String literal = customer.address().replaceAll("([^A-Za-z0-9])", "\\\\$1");
            return "(?<![a-z0-9._%+-])" + literal + "(?![a-z0-9_-]|\\.[a-z0-9])";
        }
    }
}
