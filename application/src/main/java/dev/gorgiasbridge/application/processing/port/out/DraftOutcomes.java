package dev.gorgiasbridge.application.processing.port.out;

import dev.gorgiasbridge.domain.reply.DraftSource;
import java.util.Optional;

/** Counts drafts by source and fallback reason, so the share of AI drafts can be watched (docs/runbook.md). */
public interface DraftOutcomes {

    /** One draft was written by {@code source}; a template draft standing in for the AI says why. */
    void recorded(DraftSource source, Optional<String> fallbackReason);
}
