package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.text.StorableText;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The note ledger in a list, for application tests; behaves like the PostgreSQL ledger (NoteLedgerContract). */
public final class InMemoryNoteLedger implements NoteLedger {
    private final Clock clock;
    private final List<LedgerNote> notes = new ArrayList<>();

    public InMemoryNoteLedger() {
        this(Clock.systemUTC());
    }

    public InMemoryNoteLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<LedgerNote> byExternalId(String externalId) {
        return notes.stream().filter(n -> n.externalId().equals(externalId)).findFirst();
    }

    @Override
    public synchronized boolean hasPostedContent(TicketId ticket, String contentHash) {
        return notes.stream().anyMatch(n -> n.ticket().equals(ticket) && n.contentHash().equals(contentHash)
                && n.messageId().isPresent());
    }

    @Override
    public synchronized void reserve(TicketId ticket, EventId event, InternalNote note, String contentHash) {
        if (byExternalId(note.externalId()).isEmpty()) {
            notes.add(new LedgerNote(ticket, note.externalId(), contentHash, StorableText.of(note.bodyText()),
                    StorableText.of(note.bodyHtml()),
                    Optional.empty(), clock.instant()));
        }
    }

    @Override
    public synchronized void markPosted(String externalId, long messageId) {
        for (int i = 0; i < notes.size(); i++) {
            LedgerNote n = notes.get(i);
            if (n.externalId().equals(externalId)) {
                notes.set(i, new LedgerNote(n.ticket(), n.externalId(), n.contentHash(), n.bodyText(), n.bodyHtml(),
                        Optional.of(messageId), n.createdAt()));
            }
        }
    }

    @Override
    public synchronized List<LedgerNote> recent(int limit) {
        List<LedgerNote> newestFirst = new ArrayList<>(notes);
        newestFirst.sort(Comparator.comparing(LedgerNote::createdAt).reversed());
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    /** Removes every note on these tickets (the tickets' cascade); returns how many. */
    synchronized int removeOn(java.util.Set<TicketId> tickets) {
        int before = notes.size();
        notes.removeIf(note -> tickets.contains(note.ticket()));
        return before - notes.size();
    }

    /** Every recorded note, oldest first. */
    public synchronized List<LedgerNote> all() {
        return List.copyOf(notes);
    }
}
