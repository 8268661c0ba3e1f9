package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.ai.DraftCorpus.Entry;
import dev.gorgiasbridge.adapters.ai.DraftCorpus.Verdict;
import dev.gorgiasbridge.application.memory.InMemoryDraftOutcomes;
import dev.gorgiasbridge.application.processing.RecordedReplyDrafter;
import dev.gorgiasbridge.domain.note.NoteBody;
import dev.gorgiasbridge.domain.note.NoteFacts;
import dev.gorgiasbridge.domain.note.ShipmentNote;
import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The corpus served by a stand-in model (WireMock playing the chat-completions endpoint), through the AI
 * drafter and the recorded drafter, into the internal note the agent reads: no adversarial draft reaches
 * the note, every faithful one does, and each refusal is recorded with its reason.
 */
class DraftCorpusEndToEndTest {
    private final LlmServer llm = new LlmServer();
    private final InMemoryDraftOutcomes outcomes = new InMemoryDraftOutcomes();
    private final AiReplyDrafter drafter = llm.drafter(llm.settings().withMaxRequestsPerMinute(10_000));

    @AfterEach
    void stop() {
        llm.close();
    }

    private NoteBody noteFor(Entry entry) {
        llm.drafts(entry.draft());
        ReplyFacts facts = entry.facts();
        var recorded = new RecordedReplyDrafter(drafter, outcomes);
        ReplyDraft draft = recorded.draft(facts);
        recorded.notePosted(draft);
        Optional<LookupRefusal> refusal = facts.lookup() == LookupStatus.SHOPIFY_REFUSED
                ? Optional.of(new LookupRefusal.CredentialsRefused("HTTP 401 from the Admin API: rotate the access token"))
                : Optional.empty();
        return ShipmentNote.compose(new NoteFacts(new TicketId(4242), Optional.of("Maria Keller"), Optional.of("maria@example.com"),
                facts.lookup(), facts.orders(), draft, "Gorgias Bridge", "test", refusal));
    }

    @Test
    void no_adversarial_draft_from_the_model_reaches_the_note_and_every_refusal_is_recorded_with_its_reason() {
        List<String> leaked = new ArrayList<>();
        List<Entry> adversarial = DraftCorpus.entries().stream().filter(e -> e.verdict() == Verdict.ADVERSARIAL).toList();
        for (Entry entry : adversarial) {
            String note = noteFor(entry).text();
            if (!note.contains("Suggested reply (template") || note.contains(longestLine(entry.draft()))) {
                leaked.add(entry.toString());
            }
            assertThat(outcomes.all().getLast().fallbackReason()).as(entry.toString())
                    .contains(entry.rule().orElseThrow().description());
        }

        assertThat(leaked).isEmpty();
        assertThat(outcomes.all()).hasSize(adversarial.size()).allMatch(recorded -> recorded.source() == DraftSource.TEMPLATE);
        assertThat(llm.requests()).hasSize(adversarial.size());
    }

    @Test
    void every_faithful_draft_from_the_model_reaches_the_note_as_the_agent_reads_it() {
        List<String> lost = new ArrayList<>();
        for (Entry entry : DraftCorpus.entries().stream().filter(e -> e.verdict() == Verdict.FAITHFUL).toList()) {
            String note = noteFor(entry).text();
            // What the agent reads: normalised, the facts' tracking numbers written exactly as the facts give them.
            String firstLine = DraftGuardrails.posted(entry.draft(), entry.facts()).lines().findFirst().orElseThrow().strip();
            if (!note.contains("Suggested reply (AI)") || !note.contains(firstLine)) {
                lost.add(entry + " -> " + outcomes.all().getLast().fallbackReason().orElse("?"));
            }
        }

        assertThat(lost).isEmpty();
        assertThat(outcomes.all()).allMatch(recorded -> recorded.source() == DraftSource.AI);
    }

    @Test
    void the_note_shows_the_normalised_draft_without_invisible_characters() {
        Entry faithful = DraftCorpus.entries().stream()
                .filter(e -> e.verdict() == Verdict.FAITHFUL && e.draft().contains("\u00A0")).findFirst().orElseThrow();
        llm.drafts(faithful.draft().replace("Walking Foot", "Walking\u200B Foot\u2060"));

        ReplyDraft draft = drafter.draft(faithful.facts());

        assertThat(draft.source()).isEqualTo(DraftSource.AI);
        assertThat(draft.text()).contains("January 5", "Walking Foot Attachment").doesNotContain("\u200B", "\u2060", "\u00A0");
    }

    private static String longestLine(String draft) {
        return NormalisedText.of(draft).lines().map(String::strip).max(Comparator.comparingInt(String::length)).orElseThrow();
    }
}
