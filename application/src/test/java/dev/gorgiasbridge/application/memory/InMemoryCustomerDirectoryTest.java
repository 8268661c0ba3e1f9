package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.CustomerDirectoryContract;
import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.domain.ticket.TicketId;

class InMemoryCustomerDirectoryTest extends CustomerDirectoryContract {
    private InMemoryCustomerDirectory directory;

    @Override
    protected CustomerDirectory freshDirectory() {
        directory = new InMemoryCustomerDirectory();
        return directory;
    }

    @Override
    protected boolean knows(TicketId ticket) {
        return directory.knows(ticket);
    }

    @Override
    protected boolean hasCustomer(TicketId ticket) {
        return directory.customerOf(ticket).isPresent();
    }

    @Override
    protected boolean sameCustomer(TicketId one, TicketId other) {
        return directory.customerOf(one).isPresent() && directory.customerOf(one).equals(directory.customerOf(other));
    }
}
