package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.contract.CustomerDirectoryContract;
import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCustomerDirectoryContractTest extends CustomerDirectoryContract {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("customer_directory");

    @Override
    protected CustomerDirectory freshDirectory() {
        postgres.database().jdbi().useHandle(h -> h.execute("TRUNCATE customers, tickets, ticket_notes, webhook_events CASCADE"));
        return postgres.database().customerDirectory();
    }

    @Override
    protected boolean knows(TicketId ticket) {
        return customerRow(ticket).isPresent();
    }

    @Override
    protected boolean hasCustomer(TicketId ticket) {
        return customerRow(ticket).flatMap(customer -> customer).isPresent();
    }

    @Override
    protected boolean sameCustomer(TicketId one, TicketId other) {
        Optional<Long> customer = customerRow(one).flatMap(c -> c);
        return customer.isPresent() && customer.equals(customerRow(other).flatMap(c -> c));
    }

    /** Empty when the ticket is unknown; else its customer, empty when it has none. */
    private static Optional<Optional<Long>> customerRow(TicketId ticket) {
        return postgres.database().jdbi().withHandle(h -> h.createQuery("SELECT customer_id FROM tickets WHERE id = :id")
                .bind("id", ticket.value()).map((rs, ctx) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .findOne());
    }
}
