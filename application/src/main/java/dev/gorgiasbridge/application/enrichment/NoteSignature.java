package dev.gorgiasbridge.application.enrichment;

import java.util.Objects;
import java.util.Optional;

/**
 * Who signs: the service's name and version for the note's footer, and the shop's name for the reply.
 */
public record NoteSignature(String serviceName, String serviceVersion, Optional<String> shopName) {
    public NoteSignature {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(serviceVersion, "serviceVersion");
        Objects.requireNonNull(shopName, "shopName");
    }
}
