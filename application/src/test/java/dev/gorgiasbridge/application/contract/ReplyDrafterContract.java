package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;
import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReplyDrafter} must do (docs/ai-drafts.md): draft something for any facts, never fail, say who
 * drafted it, and name the reason whenever the template stands in for another drafter. Run against the template
 * drafter and the drafter that counts drafts per note; an AI drafter runs it against a model on WireMock.
 */
public abstract class ReplyDrafterContract {

    protected abstract ReplyDrafter drafter();

    protected static ReplyFacts factsWithoutOrders(LookupStatus lookup) {
        return new ReplyFacts(Optional.of("Maria"), List.of(), lookup, Optional.of("Linda's Sewing"), Optional.of("en"),
                Optional.of("Where is my order?"));
    }

    @Test
    void every_lookup_without_orders_gets_a_draft_for_the_customer() {
        for (LookupStatus lookup : List.of(LookupStatus.NO_ORDERS_FOUND, LookupStatus.SHOPIFY_NOT_CONFIGURED,
                LookupStatus.CUSTOMER_UNKNOWN, LookupStatus.SHOPIFY_UNAVAILABLE)) {
            ReplyDraft draft = drafter().draft(factsWithoutOrders(lookup));

            assertThat(draft.text()).as(lookup.name()).isNotBlank().contains("Maria");
        }
    }

    @Test
    void a_draft_says_who_wrote_it_and_only_the_template_stands_in_for_another() {
        ReplyDraft draft = drafter().draft(factsWithoutOrders(LookupStatus.NO_ORDERS_FOUND));

        assertThat(draft.source()).isNotNull();
        assertThat(draft.provenance()).isNotBlank();
        draft.fallbackReason().ifPresent(reason -> {
            assertThat(reason).isNotBlank();
            assertThat(draft.source()).isEqualTo(DraftSource.TEMPLATE);
        });
    }

    @Test
    void being_told_the_note_was_posted_never_fails() {
        ReplyDraft draft = drafter().draft(factsWithoutOrders(LookupStatus.NO_ORDERS_FOUND));

        assertThatCode(() -> drafter().notePosted(draft)).doesNotThrowAnyException();
    }
}
