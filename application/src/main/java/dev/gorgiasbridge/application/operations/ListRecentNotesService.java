package dev.gorgiasbridge.application.operations;

import dev.gorgiasbridge.application.operations.port.in.ListRecentNotes;
import dev.gorgiasbridge.application.operations.port.in.RecentNote;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger.LedgerNote;
import java.util.List;

/** Reads the recent notes from the ledger the note stage writes before posting. */
public final class ListRecentNotesService implements ListRecentNotes {
    private final NoteLedger ledger;

    public ListRecentNotesService(NoteLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<RecentNote> recent(int limit) {
        return ledger.recent(limit).stream().map(ListRecentNotesService::recentNote).toList();
    }

    private static RecentNote recentNote(LedgerNote note) {
        return new RecentNote(note.ticket(), note.externalId(), note.messageId(), note.createdAt(), note.bodyText(),
                note.bodyHtml());
    }
}
