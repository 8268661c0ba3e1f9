package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.EventInboxContract;
import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.domain.webhook.DedupKey;

class InMemoryEventInboxTest extends EventInboxContract {
    private final InMemoryEventInbox inbox = new InMemoryEventInbox();

    @Override
    protected EventInbox inbox() {
        return inbox;
    }

    @Override
    protected int storedCount(DedupKey key) {
        return (int) inbox.events().stream().filter(e -> e.dedupKey().equals(key)).count();
    }
}
