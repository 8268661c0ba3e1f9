package dev.gorgiasbridge.domain.enrichment;

/** The steps that turn a stored event into a note, in order; each one's outcome is recorded. */
public enum Stage {
    /** Reading the stored payload. */
    READ,
    /** Deciding whether the event deserves a note at all (loop prevention, spam, closed, nothing new). */
    TRIAGE,
    /** Normalising the customer and recording customer and ticket. */
    CUSTOMER,
    /** Loading recent orders (through the cache) and analysing shipments. */
    ORDERS,
    /** Drafting the suggested reply. */
    DRAFT,
    /** Posting the internal note. */
    NOTE
}
