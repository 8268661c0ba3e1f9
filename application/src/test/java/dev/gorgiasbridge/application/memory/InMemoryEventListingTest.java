package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.EventListingContract;

class InMemoryEventListingTest extends EventListingContract {
    @Override
    protected Store freshStore() {
        var inbox = new InMemoryEventInbox();
        return new Store(inbox, new InMemoryEventListing(inbox));
    }
}
