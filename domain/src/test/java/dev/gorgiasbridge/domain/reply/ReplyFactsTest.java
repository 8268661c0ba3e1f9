package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyFactsTest {

    @Test
    void orders_found_needs_orders_and_any_other_lookup_has_none() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyFacts(Optional.empty(), List.of(),
                LookupStatus.ORDERS_FOUND, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyFacts(Optional.empty(),
                List.of(Facts.singleDelivered()), LookupStatus.NO_ORDERS_FOUND, Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void blank_optional_texts_count_as_missing() {
        var facts = new ReplyFacts(Optional.of("  "), List.of(), LookupStatus.NO_ORDERS_FOUND, Optional.of(""),
                Optional.of(" en "), Optional.of("\n"));

        assertThat(facts.customerFirstName()).isEmpty();
        assertThat(facts.shopName()).isEmpty();
        assertThat(facts.language()).contains("en");
        assertThat(facts.customerMessage()).isEmpty();
    }

    @Test
    void the_first_name_is_the_first_word_of_a_name_but_never_an_email() {
        assertThat(ReplyFacts.firstNameOf(Optional.of(" Maria  Keller "))).contains("Maria");
        assertThat(ReplyFacts.firstNameOf(Optional.of("maria.keller@example.com"))).isEmpty();
        assertThat(ReplyFacts.firstNameOf(Optional.empty())).isEmpty();
    }

    @Test
    void a_draft_needs_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyDraft(" ", DraftSource.AI));
    }

    @Test
    void the_customer_history_and_subject_are_optional_and_a_negative_order_count_is_refused() {
        var facts = new ReplyFacts(Optional.empty(), List.of(), LookupStatus.NO_ORDERS_FOUND, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(" Where is my parcel? "), Optional.of(3), Optional.of(" "));

        assertThat(facts.ticketSubject()).contains("Where is my parcel?");
        assertThat(facts.ordersCount()).contains(3);
        assertThat(facts.totalSpent()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyFacts(Optional.empty(), List.of(),
                LookupStatus.NO_ORDERS_FOUND, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(-1), Optional.empty()));
    }

    @Test
    void a_template_draft_standing_in_for_the_ai_says_why() {
        var draft = new ReplyDraft("Hi Maria", DraftSource.TEMPLATE).insteadOfAnother("monetary promise");

        assertThat(draft.fallbackReason()).contains("monetary promise");
        assertThat(draft.provenance()).isEqualTo("the template drafter (AI fallback: monetary promise)");
        assertThat(new ReplyDraft("Hi Maria", DraftSource.AI).provenance()).isEqualTo("the AI drafter");
    }

    @Test
    void only_a_template_draft_stands_in_for_another() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyDraft("Hi", DraftSource.AI, Optional.of("why")));
    }
}
