package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.ai.DraftCorpus.Entry;
import dev.gorgiasbridge.adapters.ai.DraftCorpus.Verdict;
import dev.gorgiasbridge.adapters.ai.DraftMutants.Kind;
import dev.gorgiasbridge.adapters.ai.DraftMutants.Mutant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generalisation by construction: every faithful draft of the corpus is mutated by rule ({@link DraftMutants}) —
 * a status swapped for one the facts contradict, a tracking number permuted and written with dashes, dots,
 * spaces, zero-width or full-width digits, a date moved by a day, a wrong week day, money promised, a link,
 * domain, phone number or e-mail address added, a quantity changed, the whole order claimed, a time promised,
 * a Latin letter swapped for a look-alike — and every mutant, false by the facts, must be refused. The counts
 * are printed; docs/ai-drafts.md records them.
 */
class DraftMutationTest {
    private final DraftGuardrails guardrails = new DraftGuardrails(false);

    @Test
    void every_mutant_of_a_faithful_draft_that_the_facts_contradict_is_refused() {
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
        List<String> accepted = new ArrayList<>();
        int faithful = 0;
        for (Entry entry : DraftCorpus.entries()) {
            if (entry.verdict() != Verdict.FAITHFUL || guardrails.rejection(entry.draft(), entry.facts()).isPresent()) {
                continue;
            }
            faithful++;
            for (Mutant mutant : DraftMutants.of(entry.draft(), entry.language(), KnownFacts.of(entry.facts()))) {
                int[] count = counts.computeIfAbsent(mutant.kind(), k -> new int[2]);
                count[0]++;
                if (guardrails.rejection(mutant.draft(), entry.facts()).isPresent()) {
                    count[1]++;
                } else {
                    accepted.add(mutant.kind() + " " + entry + " [" + mutant.description() + "]\n    " + mutant.draft().replace("\n", "\n    "));
                }
            }
        }
        int generated = counts.values().stream().mapToInt(c -> c[0]).sum();
        int refused = counts.values().stream().mapToInt(c -> c[1]).sum();
        System.out.printf("Mutants of %d faithful drafts: %d generated, %d refused%n", faithful, generated, refused);
        counts.forEach((kind, c) -> System.out.printf("  %-22s %5d generated %5d refused%n", kind, c[0], c[1]));
        accepted.forEach(a -> System.out.println("  ACCEPTED " + a));

        assertThat(counts.keySet()).as("every kind of mutation was made").containsAll(List.of(Kind.values()));
        assertThat(accepted).as("mutants accepted").isEmpty();
    }
}
