package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.port.out.EventInbox;
import dev.gorgiasbridge.application.port.out.InboxEvent;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The inbox in a map, for application tests. Behaves like the PostgreSQL inbox (see EventInboxContract). */
public final class InMemoryEventInbox implements EventInbox {
    private record Row(EventId id, InboxEvent event) {
    }

    private final Map<DedupKey, Row> rows = new ConcurrentHashMap<>();

    @Override
    public Stored store(InboxEvent event) {
        var fresh = new Row(new EventId(UUID.randomUUID()), event);
        Row existing = rows.putIfAbsent(event.dedupKey(), fresh);
        return existing == null ? new Stored.Inserted(fresh.id()) : new Stored.AlreadyPresent(existing.id());
    }

    public List<InboxEvent> events() {
        return rows.values().stream().map(Row::event).toList();
    }
}
