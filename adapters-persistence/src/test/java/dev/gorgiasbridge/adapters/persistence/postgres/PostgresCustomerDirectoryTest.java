package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCustomerDirectoryTest {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("customers");



    @BeforeEach
    void empty() {
        postgres.database().jdbi().useHandle(h -> h.execute("TRUNCATE customers, tickets, ticket_notes, webhook_events CASCADE"));
    }

    private static Ticket ticket(long id) {
        return new Ticket(new TicketId(id), Optional.of("Where is the rest of my order?"), "open", false, Optional.of("en"),
                new TicketCustomer(Optional.of("412000387"), Optional.of("Maria.Keller@Example.com"), Optional.of("Maria Keller"),
                        List.of(), Optional.empty(), Optional.empty()),
                List.of());
    }

    private static List<Map<String, Object>> rows(String sql) {
        return postgres.database().jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    @Test
    void a_customer_is_one_row_as_their_ids_are_learnt() {
        postgres.database().customerDirectory().record(ticket(1), CustomerIdentity.read("412000387", " Maria.Keller@Example.com ", List.of()));
        postgres.database().customerDirectory().record(ticket(2), CustomerIdentity.read("412000387", "maria.keller@example.com",
                List.of(GorgiasIntegration.of("shopify", "7460267524351"))));

        var all = rows("SELECT customer_key, shopify_customer_id, email, gorgias_customer_id FROM customers");
        assertThat(all).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("email", "maria.keller@example.com")
                    .containsEntry("shopify_customer_id", 7460267524351L)
                    .containsEntry("gorgias_customer_id", 412000387L);
        });
        assertThat(rows("SELECT count(DISTINCT customer_id) AS n FROM tickets")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("n", 1L));
    }

    @Test
    void a_subject_holding_nul_and_control_characters_is_stored_without_them() {
        var ticket = new Ticket(new TicketId(3), Optional.of("Où est\u0000 ma commande ?\u0007\r"), "open", false,
                Optional.of("fr"), ticket(3).customer(), List.of());

        postgres.database().customerDirectory().record(ticket, CustomerIdentity.read("412000387", null, List.of()));

        assertThat(rows("SELECT subject FROM tickets WHERE id = 3")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("subject", "Où est ma commande ?"));
    }

    @Test
    void recording_a_ticket_again_updates_it() {
        postgres.database().customerDirectory().record(ticket(1), CustomerIdentity.read("412000387", null, List.of()));
        var closed = new Ticket(new TicketId(1), Optional.of("Solved"), "closed", false, Optional.empty(),
                ticket(1).customer(), List.of());

        postgres.database().customerDirectory().record(closed, CustomerIdentity.read("412000387", null, List.of()));

        assertThat(rows("SELECT subject, status FROM tickets")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("subject", "Solved").containsEntry("status", "closed"));
    }

    @Test
    void a_ticket_without_any_customer_id_is_recorded_without_a_customer() {
        postgres.database().customerDirectory().record(ticket(1), CustomerIdentity.read(null, null, List.of()));

        assertThat(rows("SELECT customer_id FROM tickets")).singleElement()
                .satisfies(row -> assertThat(row.get("customer_id")).isNull());
    }
}
