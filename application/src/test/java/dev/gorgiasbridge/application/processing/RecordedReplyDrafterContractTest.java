package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.contract.ReplyDrafterContract;
import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes;
import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;

/** Counting drafts keeps the wrapped drafter's promises. */
class RecordedReplyDrafterContractTest extends ReplyDrafterContract {
    private final ReplyDrafter drafter = new RecordedReplyDrafter(new TemplateReplyDrafter(), new InMemoryDraftOutcomes());

    @Override
    protected ReplyDrafter drafter() {
        return drafter;
    }
}
