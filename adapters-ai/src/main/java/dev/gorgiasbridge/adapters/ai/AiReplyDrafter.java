package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;
import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts replies with a model behind an OpenAI-compatible chat-completions endpoint. A draft reaches the
 * agent only if it passes every guardrail; otherwise, and whenever the endpoint fails, the fallback drafter
 * writes it and the draft says why.
 */
public final class AiReplyDrafter implements ReplyDrafter, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AiReplyDrafter.class);
    /** Reasoning models served locally may think aloud first; only what follows is the draft. */
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");

    private final ChatCompletions chat;
    private final DraftGuardrails guardrails;
    private final ReplyDrafter fallback;
    private final boolean monetaryPromisesAllowed;

    public AiReplyDrafter(AiSettings settings, RateLimits rateLimits, ReplyDrafter fallback) {
        this(settings, rateLimits, fallback, Clock.systemUTC(), Sleeper.real());
    }

    public AiReplyDrafter(AiSettings settings, RateLimits rateLimits, ReplyDrafter fallback, Clock clock, Sleeper sleeper) {
        this.chat = new ChatCompletions(settings, rateLimits, clock, sleeper);
        this.guardrails = new DraftGuardrails(settings.allowMonetaryPromises());
        this.fallback = fallback;
        this.monetaryPromisesAllowed = settings.allowMonetaryPromises();
    }

    @Override
    public ReplyDraft draft(ReplyFacts facts) {
        String answer;
        try {
            // The agent sees exactly the text that was checked: normalised, without invisible characters.
            answer = DraftGuardrails.posted(THINKING.matcher(chat.complete(DraftPrompt.of(facts, monetaryPromisesAllowed)))
                    .replaceAll(""), facts);
        } catch (DraftFailure failure) {
            LOG.warn("AI draft unavailable, the template drafts instead: {} ({})", failure.reason().description(),
                    failure.getMessage());
            return fellBack(facts, failure.reason());
        } catch (RuntimeException unexpected) {
            // The port never fails: whatever went wrong here, the template still drafts.
            LOG.error("AI drafting failed unexpectedly; the template drafts instead", unexpected);
            return fellBack(facts, FallbackReason.MALFORMED);
        }
        Optional<FallbackReason> rejection = guardrails.rejection(answer, facts);
        if (rejection.isPresent()) {
            // The answer itself is not logged: it may quote the customer.
            LOG.warn("AI draft rejected, the template drafts instead: {}", rejection.get().description());
            return fellBack(facts, rejection.get());
        }
        // In English for a customer whose language replies are not written in: the note tells the agent, as for the template.
        return new ReplyDraft(answer, DraftSource.AI, Optional.empty(),
                facts.customerLanguage().unwritten());
    }

    private ReplyDraft fellBack(ReplyFacts facts, FallbackReason reason) {
        ReplyDraft draft = fallback.draft(facts);
        return draft.source() == DraftSource.TEMPLATE ? draft.insteadOfAnother(reason.description()) : draft;
    }

    @Override
    public void close() {
        chat.close();
    }
}
