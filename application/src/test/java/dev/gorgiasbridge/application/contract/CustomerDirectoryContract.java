package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerDirectory} must do; run against the in-memory fake and PostgreSQL. */
public abstract class CustomerDirectoryContract {
    private static final CustomerIdentity MARIA = CustomerIdentity.read("412000387", "maria.keller@example.com",
            List.of(GorgiasIntegration.of("shopify", "7460267524351")));
    private static final CustomerIdentity JONAS = CustomerIdentity.read("412000999", "jonas@example.com",
            List.of(GorgiasIntegration.of("shopify", "7460267524999")));
    private static final CustomerIdentity ANONYMOUS = CustomerIdentity.read(null, null, List.of());

    private CustomerDirectory directory;

    /** An empty directory. */
    protected abstract CustomerDirectory freshDirectory();

    /** Whether the directory has the ticket, read through the implementation (the port has no reading method). */
    protected abstract boolean knows(TicketId ticket);

    /** Whether the ticket is recorded with a customer. */
    protected abstract boolean hasCustomer(TicketId ticket);

    /** Whether both tickets are recorded with one and the same customer. */
    protected abstract boolean sameCustomer(TicketId one, TicketId other);

    @BeforeEach
    void setUp() {
        directory = freshDirectory();
    }

    protected static Ticket ticket(long id) {
        return new Ticket(new TicketId(id), Optional.of("Where is the rest of my order?"), "open", false, Optional.of("en"),
                new TicketCustomer(Optional.of("412000387"), Optional.of("Maria.Keller@Example.com"),
                        Optional.of("Maria Keller"), List.of(), Optional.empty(), Optional.empty()),
                List.of());
    }

    @Test
    void a_ticket_with_a_customer_key_is_recorded_with_its_customer() {
        directory.record(ticket(1), MARIA);

        assertThat(knows(new TicketId(1))).isTrue();
        assertThat(hasCustomer(new TicketId(1))).isTrue();
        assertThat(knows(new TicketId(2))).isFalse();
    }

    @Test
    void a_ticket_without_any_customer_key_is_recorded_without_a_customer() {
        directory.record(ticket(1), ANONYMOUS);

        assertThat(knows(new TicketId(1))).isTrue();
        assertThat(hasCustomer(new TicketId(1))).isFalse();
    }

    @Test
    void tickets_of_one_customer_share_the_customer_and_another_customers_do_not() {
        directory.record(ticket(1), MARIA);
        directory.record(ticket(2), MARIA);
        directory.record(ticket(3), JONAS);

        assertThat(sameCustomer(new TicketId(1), new TicketId(2))).isTrue();
        assertThat(sameCustomer(new TicketId(1), new TicketId(3))).isFalse();
    }

    @Test
    void recording_a_ticket_again_is_safe_and_learns_its_customer() {
        directory.record(ticket(1), ANONYMOUS);
        directory.record(ticket(1), MARIA);
        directory.record(ticket(1), MARIA);
        directory.record(ticket(2), MARIA);

        assertThat(hasCustomer(new TicketId(1))).isTrue();
        assertThat(sameCustomer(new TicketId(1), new TicketId(2))).isTrue();
    }
}
