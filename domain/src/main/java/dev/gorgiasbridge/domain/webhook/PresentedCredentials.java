package dev.gorgiasbridge.domain.webhook;

import java.util.Objects;
import java.util.Optional;

/**
 * What a request offers as proof: the static token header, and the HMAC signature with its optional
 * timestamp. Header values only; nothing here has been checked yet.
 */
public record PresentedCredentials(Optional<String> token, Optional<String> signature, Optional<String> timestamp) {
    public PresentedCredentials {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    public static PresentedCredentials of(String token, String signature, String timestamp) {
        return new PresentedCredentials(nonBlank(token), nonBlank(signature), nonBlank(timestamp));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    @Override
    public String toString() {
        return "PresentedCredentials[token=%s, signature=%s, timestamp=%s]"
                .formatted(token.isPresent() ? "present" : "absent", signature.isPresent() ? "present" : "absent",
                        timestamp.orElse("absent"));
    }
}
