package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;

/** The deterministic drafter: always available, states only the facts. */
public final class TemplateReplyDrafter implements ReplyDrafter {

    @Override
    public ReplyDraft draft(ReplyFacts facts) {
        return TemplateReply.draft(facts);
    }

    /** Any draft will do where only the content hash is wanted: the hash leaves the draft out. */
    static ReplyDraft placeholder() {
        return new ReplyDraft("(draft)", dev.gorgiasbridge.domain.reply.DraftSource.TEMPLATE);
    }
}
