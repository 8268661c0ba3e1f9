package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger.LedgerNote;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

/**
 * Posts a note at most once. The note is recorded in the ledger under the event's external id before it
 * is posted; when a record exists from an earlier attempt, the ticket is searched for that external id
 * first, because the earlier post may have reached Gorgias even though its answer never reached us.
 */
final class NotePosting {
    private final TicketNotes notes;
    private final NoteLedger ledger;

    NotePosting(TicketNotes notes, NoteLedger ledger) {
        this.notes = notes;
        this.ledger = ledger;
    }

    /** The external id a note for this event carries, the same in every attempt. */
    static String externalId(EventId event) {
        return InternalNote.EXTERNAL_ID_PREFIX + "evt-" + event;
    }

    /** The recorded note for this event, if an earlier attempt recorded one. */
    Optional<LedgerNote> recorded(EventId event) {
        return ledger.byExternalId(externalId(event));
    }

    /**
     * Whether the ticket already holds a note with this content (from another event). A note that was only
     * reserved, its post failed for good, never reached the agent and so never counts.
     */
    boolean alreadyTold(TicketId ticket, String contentHash) {
        return ledger.hasPostedContent(ticket, contentHash);
    }

    /**
     * Puts the note on the ticket unless it is there already, or, for a retry or a replay, unless a note with the
     * same content from another event is confirmed there; says which happened.
     */
    Result post(TicketId ticket, EventId event, InternalNote note, String contentHash) {
        Optional<LedgerNote> earlier = recorded(event);
        if (earlier.flatMap(LedgerNote::messageId).isPresent()) {
            return new Result.PostedBefore(new PostedNote(earlier.get().messageId().get(), note.externalId()), "already on the ticket");
        }
        if (earlier.isEmpty()) {
            ledger.reserve(ticket, event, note, contentHash);
        } else {
            Optional<PostedNote> found = notes.findByExternalId(ticket, note.externalId());
            if (found.isPresent()) {
                ledger.markPosted(note.externalId(), found.get().messageId());
                return new Result.PostedNow(found.get(), "found on the ticket from an earlier attempt");
            }
            // A retry or replay whose own note never reached the ticket, while another event's note saying the
            // same did (posted since the post failed for good): a second copy tells the agent nothing and would
            // be a duplicate on the ticket. Its reservation stays, never posted (docs/runbook.md).
            if (alreadyTold(ticket, contentHash)) {
                return new Result.AlreadyTold(ALREADY_TOLD);
            }
        }
        PostedNote posted = notes.post(ticket, note);
        ledger.markPosted(note.externalId(), posted.messageId());
        return new Result.PostedNow(posted, "posted as message " + posted.messageId());
    }

    /** Why a retried or replayed event posts nothing: its content is on the ticket already, from another event. */
    static final String ALREADY_TOLD = "already told: Gorgias confirmed a note with the same content on this ticket";

    /** How posting ended: the event's note is on the ticket, or the same content already was. */
    sealed interface Result {
        String detail();

        /** The event's own note is on the ticket. */
        sealed interface OnTicket extends Result {
            PostedNote note();
        }

        /**
         * This attempt put the note on the ticket, or found it there after an earlier attempt failed before
         * recording it: what counts the drafts, once per note.
         */
        record PostedNow(PostedNote note, String detail) implements OnTicket {
        }

        /** An earlier attempt recorded the note as posted (a replay of a finished event). */
        record PostedBefore(PostedNote note, String detail) implements OnTicket {
        }

        /** Nothing posted: a note with the same content, from another event, is confirmed on the ticket. */
        record AlreadyTold(String detail) implements Result {
        }
    }
}
