package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.ticket.Ticket;
import java.util.Optional;
import dev.gorgiasbridge.domain.text.StorableText;
import org.jdbi.v3.core.Handle;
import dev.gorgiasbridge.domain.text.StorableText;
import org.jdbi.v3.core.Jdbi;

/**
 * Customers and tickets in PostgreSQL. A customer already known by any of its ids (Shopify id, email,
 * Gorgias id) is updated rather than created again, so one person stays one row as their ids are learnt.
 * Every address a customer was known by is kept with them (customer_emails), so erasure finds them by it.
 */
final class PostgresCustomerDirectory implements CustomerDirectory {
    private static final String FIND = """
            SELECT id FROM customers
            WHERE customer_key = ANY(:keys)
               OR (:shopify::bigint IS NOT NULL AND shopify_customer_id = :shopify)
               OR (:email::text IS NOT NULL AND email = :email)
               OR (:gorgias::bigint IS NOT NULL AND gorgias_customer_id = :gorgias)
            ORDER BY id
            LIMIT 1
            """;
    private static final String UPDATE = """
            UPDATE customers
            SET shopify_customer_id = COALESCE(:shopify, shopify_customer_id),
                email = COALESCE(:email, email),
                gorgias_customer_id = COALESCE(:gorgias, gorgias_customer_id),
                updated_at = now()
            WHERE id = :id
            """;
    private static final String INSERT = """
            INSERT INTO customers (customer_key, shopify_customer_id, email, gorgias_customer_id)
            VALUES (:key, :shopify, :email, :gorgias)
            ON CONFLICT (customer_key) DO UPDATE
            SET shopify_customer_id = COALESCE(EXCLUDED.shopify_customer_id, customers.shopify_customer_id),
                email = COALESCE(EXCLUDED.email, customers.email),
                gorgias_customer_id = COALESCE(EXCLUDED.gorgias_customer_id, customers.gorgias_customer_id),
                updated_at = now()
            RETURNING id
            """;
    /** Every address the customer was known by, for erasure (V6): customers.email keeps only the latest. */
    private static final String REMEMBER_EMAIL = """
            INSERT INTO customer_emails (customer_id, email) VALUES (:customer, :email)
            ON CONFLICT DO NOTHING
            """;
    private static final String UPSERT_TICKET = """
            INSERT INTO tickets (id, customer_id, subject, status)
            VALUES (:id, :customer, :subject, :status)
            ON CONFLICT (id) DO UPDATE
            SET customer_id = COALESCE(EXCLUDED.customer_id, tickets.customer_id),
                subject = EXCLUDED.subject, status = EXCLUDED.status, updated_at = now()
            """;

    private final Jdbi jdbi;

    PostgresCustomerDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(Ticket ticket, CustomerIdentity identity) {
        jdbi.useTransaction(handle -> {
            Optional<Long> customer = identity.bestKey().map(key -> customerId(handle, key, identity));
            customer.ifPresent(id -> identity.email().ifPresent(email -> handle.createUpdate(REMEMBER_EMAIL)
                    .bind("customer", id).bind("email", email.address()).execute()));
            handle.createUpdate(UPSERT_TICKET)
                    .bind("id", ticket.id().value())
                    .bind("customer", customer.orElse(null))
                    .bind("subject", ticket.subject().map(StorableText::of).orElse(null))
                    .bind("status", StorableText.of(ticket.status()))
                    .execute();
        });
    }

    private static long customerId(Handle handle, CustomerKey best, CustomerIdentity identity) {
        Long shopify = identity.shopify().map(CustomerKey.ShopifyCustomer::id).orElse(null);
        String email = identity.email().map(CustomerKey.Email::address).orElse(null);
        Long gorgias = identity.gorgias().map(CustomerKey.GorgiasCustomer::id).orElse(null);
        String[] keys = identity.keys().stream().map(CustomerKey::canonical).toArray(String[]::new);
        Optional<Long> known = handle.createQuery(FIND)
                .bind("keys", keys)
                .bind("shopify", shopify)
                .bind("email", email)
                .bind("gorgias", gorgias)
                .mapTo(Long.class)
                .findOne();
        if (known.isPresent()) {
            handle.createUpdate(UPDATE).bind("id", known.get()).bind("shopify", shopify).bind("email", email)
                    .bind("gorgias", gorgias).execute();
            return known.get();
        }
        return handle.createQuery(INSERT)
                .bind("key", best.canonical())
                .bind("shopify", shopify)
                .bind("email", email)
                .bind("gorgias", gorgias)
                .mapTo(Long.class)
                .one();
    }
}
