package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.ticket.Ticket;

/** The customers and tickets the service has seen, each customer under one canonical key. */
public interface CustomerDirectory {

    /**
     * Records the ticket and, when the identity yields a key, its customer (created or updated under the
     * best key). Safe to call again for the same ticket.
     */
    void record(Ticket ticket, CustomerIdentity identity);
}
