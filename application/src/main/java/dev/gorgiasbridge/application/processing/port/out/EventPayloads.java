package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.ticket.TicketEvent;

/** Reads the stored body of a helpdesk webhook into the ticket and message it describes. */
public interface EventPayloads {

    /** @throws ExternalServiceException.Permanent when the body cannot be read; reading it again will not help */
    TicketEvent read(String payload);
}
