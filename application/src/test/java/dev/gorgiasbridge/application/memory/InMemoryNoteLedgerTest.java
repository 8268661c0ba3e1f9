package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.NoteLedgerContract;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.UUID;

class InMemoryNoteLedgerTest extends NoteLedgerContract {

    @Override
    protected NoteLedger freshLedger() {
        return new InMemoryNoteLedger();
    }

    @Override
    protected EventId anEvent() {
        return new EventId(UUID.randomUUID());
    }
}
