package dev.gorgiasbridge.application.retention.port.out;

import dev.gorgiasbridge.application.retention.port.in.Erasure;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.time.Instant;

/**
 * What the service keeps about customers, and its removal (docs/runbook.md, "Customer data"): the
 * payloads of finished events past their retention, and everything about one customer on request. Event
 * rows, their outcomes and the counts built on them stay, so the dashboard keeps its history.
 */
public interface PersonalData {

    /**
     * Deletes the payloads of events that finished ({@code done}, {@code skipped} or {@code dead}) before
     * {@code finishedBefore}. Safe to run from several instances at once: one of them does the work, the
     * others return 0 at once.
     *
     * @return how many payloads this call deleted
     */
    int purgeFinishedPayloads(Instant finishedBefore);

    /**
     * Removes what is kept about the customer known by this address (now or at any earlier time): the
     * customer, their own tickets and the notes on them, and the payloads of those tickets' events and of
     * any event naming the address in its decoded text (JSON escapes read, any case). Another customer's
     * ticket that merely mentions the address keeps its row and notes and loses only those payloads.
     * Events not yet finished are skipped, as there is nothing left to process. Running it again removes
     * only what arrived since.
     */
    Erasure erase(CustomerKey.Email customer);
}
