package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.DraftOutcomes;
import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;

/**
 * A drafter whose drafts are counted by source and fallback reason, once per note that reaches a ticket: an attempt
 * that is retried drafts again, but only the draft in the note counts. It wraps whichever drafter is configured, so
 * template-only instances are counted too.
 */
public final class RecordedReplyDrafter implements ReplyDrafter {
    private static final System.Logger LOG = System.getLogger(RecordedReplyDrafter.class.getName());

    private final ReplyDrafter drafter;
    private final DraftOutcomes outcomes;

    public RecordedReplyDrafter(ReplyDrafter drafter, DraftOutcomes outcomes) {
        this.drafter = drafter;
        this.outcomes = outcomes;
    }

    @Override
    public ReplyDraft draft(ReplyFacts facts) {
        return drafter.draft(facts);
    }

    @Override
    public void notePosted(ReplyDraft draft) {
        drafter.notePosted(draft);
        try {
            outcomes.recorded(draft.source(), draft.fallbackReason());
        } catch (RuntimeException e) {
            // Counting is for operators; a broken counter must not cost the customer a note.
            LOG.log(System.Logger.Level.WARNING, "could not record a draft outcome: " + e);
        }
    }
}
