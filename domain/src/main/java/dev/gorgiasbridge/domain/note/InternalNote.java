package dev.gorgiasbridge.domain.note;

import java.util.Objects;

/**
 * An internal note to post on a ticket, visible to agents only.
 *
 * @param externalId our marker on the posted message: it makes posting idempotent (we look for it before
 *                   posting again) and lets us recognise our own note when Gorgias echoes it back
 * @param bodyText   the plain-text body
 * @param bodyHtml   the HTML body; everything from outside is already escaped
 */
public record InternalNote(String externalId, String bodyText, String bodyHtml) {
    /** Every external id we post starts with this, so our own notes are never enriched again. */
    public static final String EXTERNAL_ID_PREFIX = "gorgias-bridge:";

    public InternalNote {
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        if (externalId == null || !externalId.startsWith(EXTERNAL_ID_PREFIX)) {
            throw new IllegalArgumentException("external id must start with " + EXTERNAL_ID_PREFIX);
        }
        if (bodyText.isBlank()) {
            throw new IllegalArgumentException("a note needs a body");
        }
    }
}
