package dev.gorgiasbridge.application.processing;

import java.util.Objects;
import java.util.Optional;

/**
 * Who signs: the service's name and version for the note's footer, and the store's name for the reply.
 */
public record NoteSignature(String serviceName, String serviceVersion, StoreName store) {
    public NoteSignature {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(serviceVersion, "serviceVersion");
        Objects.requireNonNull(store, "store");
    }

    /** With a store name known in advance, or none. */
    public NoteSignature(String serviceName, String serviceVersion, Optional<String> shopName) {
        this(serviceName, serviceVersion, shopName.filter(n -> !n.isBlank()).map(StoreName::fixed)
                .orElseGet(StoreName::unknown));
    }

    /** The name to sign the reply with now, when known. */
    public Optional<String> shopName() {
        return store.current();
    }
}
