package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.OutcomeStatisticsContract;

class InMemoryOutcomeStatisticsTest extends OutcomeStatisticsContract {
    @Override
    protected Store freshStore() {
        var inbox = new InMemoryEventInbox();
        return new Store(inbox, new InMemoryOutcomeStatistics(inbox));
    }
}
