package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.EventRecord;
import dev.gorgiasbridge.application.contract.PersonalDataContract;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

class InMemoryPersonalDataTest extends PersonalDataContract {
    private InMemoryEventInbox inbox;

    @Override
    protected Stores freshStores() {
        inbox = new InMemoryEventInbox();
        var customers = new InMemoryCustomerDirectory();
        var notes = new InMemoryNoteLedger();
        return new Stores(inbox, customers, notes, new InMemoryPersonalData(inbox, customers, notes));
    }

    @Override
    protected Optional<EventRecord> record(EventId id) {
        return inbox.find(id);
    }
}
