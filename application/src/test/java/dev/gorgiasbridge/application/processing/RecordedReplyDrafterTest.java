package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes;
import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes.Recorded;
import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordedReplyDrafterTest {
    private static final ReplyFacts FACTS = ReplyFacts.withoutOrders(LookupStatus.NO_ORDERS_FOUND, Optional.of("Maria"));

    private final InMemoryDraftOutcomes outcomes = new InMemoryDraftOutcomes();

    @Test
    void every_draft_is_counted_by_source_and_fallback_reason() {
        new RecordedReplyDrafter(facts -> new ReplyDraft("Hi Maria, thanks for writing.", DraftSource.AI), outcomes)
                .draft(FACTS);
        new RecordedReplyDrafter(facts -> TemplateReply.draft(facts).insteadOfAnother("monetary promise"), outcomes)
                .draft(FACTS);
        new RecordedReplyDrafter(new TemplateReplyDrafter(), outcomes).draft(FACTS);

        assertThat(outcomes.all()).containsExactly(
                new Recorded(DraftSource.AI, Optional.empty()),
                new Recorded(DraftSource.TEMPLATE, Optional.of("monetary promise")),
                new Recorded(DraftSource.TEMPLATE, Optional.empty()));
        assertThat(outcomes.count(DraftSource.TEMPLATE)).isEqualTo(2);
        assertThat(outcomes.count("monetary promise")).isEqualTo(1);
    }

    @Test
    void a_failing_counter_still_returns_the_draft() {
        var drafter = new RecordedReplyDrafter(new TemplateReplyDrafter(), (source, reason) -> {
            throw new IllegalStateException("metrics registry gone");
        });

        assertThat(drafter.draft(FACTS).source()).isEqualTo(DraftSource.TEMPLATE);
    }
}
