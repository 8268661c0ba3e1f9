package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.EventInboxContract;
import dev.gorgiasbridge.application.contract.EventRecord;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

class InMemoryEventInboxTest extends EventInboxContract {
    private InMemoryEventInbox inbox;

    @Override
    protected EventInbox freshInbox() {
        inbox = new InMemoryEventInbox();
        return inbox;
    }

    @Override
    protected Optional<EventRecord> record(EventId id) {
        return inbox.find(id);
    }

    @Override
    protected int storedCount(DedupKey key) {
        return (int) inbox.events().stream().filter(e -> e.dedupKey().equals(key)).count();
    }
}
