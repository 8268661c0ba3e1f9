package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.PersonalDataContract;

class InMemoryPersonalDataTest extends PersonalDataContract {

    @Override
    protected Stores freshStores() {
        var inbox = new InMemoryEventInbox();
        var customers = new InMemoryCustomerDirectory();
        var notes = new InMemoryNoteLedger();
        return new Stores(inbox, customers, notes, new InMemoryPersonalData(inbox, customers, notes));
    }
}
