package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.contract.ReplyDrafterContract;
import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;

class TemplateReplyDrafterTest extends ReplyDrafterContract {
    @Override
    protected ReplyDrafter drafter() {
        return new TemplateReplyDrafter();
    }
}
