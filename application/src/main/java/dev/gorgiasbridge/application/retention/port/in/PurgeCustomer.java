package dev.gorgiasbridge.application.retention.port.in;

import dev.gorgiasbridge.application.retention.port.in.Erasure;
import dev.gorgiasbridge.domain.customer.CustomerKey;

/** Erases one customer's data on their request: customer, tickets, notes and their messages' payloads. */
public interface PurgeCustomer {

    Erasure purge(CustomerKey.Email customer);
}
