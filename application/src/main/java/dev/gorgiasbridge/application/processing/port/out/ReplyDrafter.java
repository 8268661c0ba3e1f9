package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;

/** Drafts the reply an agent may send, from the facts alone. */
public interface ReplyDrafter {

    /** Never fails: a drafter that cannot draft falls back to the template draft and says so in the source. */
    ReplyDraft draft(ReplyFacts facts);

    /**
     * The note carrying this draft has just reached the ticket, once per note: an attempt that drafts and then fails
     * to post, or a replay that finds its note already there, never calls it. What counts drafts counts here.
     */
    default void notePosted(ReplyDraft draft) {
    }
}
