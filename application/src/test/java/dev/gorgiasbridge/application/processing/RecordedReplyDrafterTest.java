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
    void every_draft_in_a_note_is_counted_by_source_and_fallback_reason() {
        var ai = new RecordedReplyDrafter(facts -> new ReplyDraft("Hi Maria, thanks for writing.", DraftSource.AI), outcomes);
        var fallback = new RecordedReplyDrafter(facts -> TemplateReply.draft(facts).insteadOfAnother("monetary promise"), outcomes);
        var template = new RecordedReplyDrafter(new TemplateReplyDrafter(), outcomes);
        ai.notePosted(ai.draft(FACTS));
        fallback.notePosted(fallback.draft(FACTS));
        template.notePosted(template.draft(FACTS));

        assertThat(outcomes.all()).containsExactly(
                new Recorded(DraftSource.AI, Optional.empty()),
                new Recorded(DraftSource.TEMPLATE, Optional.of("monetary promise")),
                new Recorded(DraftSource.TEMPLATE, Optional.empty()));
        assertThat(outcomes.count(DraftSource.TEMPLATE)).isEqualTo(2);
        assertThat(outcomes.count("monetary promise")).isEqualTo(1);
    }

    @Test
    void a_draft_that_reaches_no_note_is_not_counted() {
        new RecordedReplyDrafter(new TemplateReplyDrafter(), outcomes).draft(FACTS);

        assertThat(outcomes.all()).isEmpty();
    }

    @Test
    void a_failing_counter_still_returns_the_draft() {
        var drafter = new RecordedReplyDrafter(new TemplateReplyDrafter(), (source, reason) -> {
            throw new IllegalStateException("metrics registry gone");
        });

        var draft = drafter.draft(FACTS);
        drafter.notePosted(draft);

        assertThat(draft.source()).isEqualTo(DraftSource.TEMPLATE);
    }
}
