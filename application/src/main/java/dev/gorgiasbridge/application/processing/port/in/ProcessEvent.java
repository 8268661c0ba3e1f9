package dev.gorgiasbridge.application.processing.port.in;

import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;

/** Does the work one stored event stands for; the worker records what came of it. */
public interface ProcessEvent {

    /** Never throws for an expected failure: it is described by a {@link EnrichmentOutcome.Failed}. */
    EnrichmentOutcome process(ClaimedEvent event);
}
