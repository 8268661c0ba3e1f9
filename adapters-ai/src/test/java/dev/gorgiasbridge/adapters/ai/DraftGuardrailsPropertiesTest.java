package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DraftGuardrailsPropertiesTest {
    private final DraftGuardrails guardrails = new DraftGuardrails(false);

    /** Carrier-like numbers: a few letters, then digits and letters, at least five digits in all. */
    @Provide
    Arbitrary<String> trackingNumbers() {
        Arbitrary<String> prefix = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(0).ofMaxLength(3);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(22);
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(0).ofMaxLength(6);
        return Combinators.combine(prefix, digits, rest).as((p, d, r) -> p + d + r)
                .filter(number -> number.length() >= CitedFacts.TRACKING_MIN_LENGTH);
    }

    @Property
    void any_tracking_number_absent_from_the_facts_is_refused(@ForAll("trackingNumbers") String invented) {
        String collapsedKnown = SampleFacts.DELIVERED + " " + SampleFacts.IN_TRANSIT;
        Assume.that(!collapsedKnown.contains(invented));
        String draft = SampleFacts.GOOD_DRAFT.replace(SampleFacts.DELIVERED, invented);

        assertThat(guardrails.rejection(draft, SampleFacts.splitShipment()))
                .contains(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
    }

    @Property
    void any_order_name_absent_from_the_facts_is_refused(@ForAll @IntRange(min = 1, max = 999_999) int number) {
        Assume.that(number != 1042);

        String draft = SampleFacts.GOOD_DRAFT.replace("#1042", "#" + number);

        assertThat(guardrails.rejection(draft, SampleFacts.splitShipment())).contains(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
    }

    @Property
    void any_link_absent_from_the_facts_is_refused(@ForAll("paths") String path) {
        String draft = SampleFacts.GOOD_DRAFT.replace(SampleFacts.IN_TRANSIT_LINK, "https://tools.usps.com/" + path);

        assertThat(guardrails.rejection(draft, SampleFacts.splitShipment())).contains(FallbackReason.LINK_NOT_IN_FACTS);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(30);
    }

    @Property
    void the_facts_own_citations_always_pass_in_any_order(@ForAll("citations") String first, @ForAll("citations") String second) {
        String draft = "Hi Maria, here is what I found for you: " + first + " and also " + second + ". Best regards!";

        assertThat(guardrails.rejection(draft, SampleFacts.splitShipment(Optional.empty()))).isEmpty();
    }

    @Provide
    Arbitrary<String> citations() {
        return Arbitraries.of("#1042", "order 1042", SampleFacts.DELIVERED, SampleFacts.IN_TRANSIT,
                SampleFacts.IN_TRANSIT_LINK, "https://www.ups.com/track?tracknum=1Z999AA10123456784",
                "Walking Foot Attachment", "Rotary Cutter 45mm", "Quilting Thread Set - 12 spools");
    }
}
