package dev.gorgiasbridge.domain.webhook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a delivery, kept forever so a redelivery is recognised (docs/gorgias-setup.md, "What the service
 * relies on from Gorgias"). Gorgias sends no delivery id, so the key is derived: message triggers by ticket and
 * message, ticket triggers by ticket and its {@code updated_datetime}, anything else by the SHA-256 of the body.
 */
public record DedupKey(String value) {
    private static final int MAX_LENGTH = 200;

    public DedupKey {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("dedup key must be 1.." + MAX_LENGTH + " characters");
        }
    }

    /** Derives the key of a delivery; the same delivery always yields the same key. */
    public static DedupKey of(WebhookDelivery delivery) {
        long ticket = delivery.ticketId().value();
        boolean messageTrigger = delivery.trigger()
                .map(t -> t == GorgiasTrigger.TICKET_MESSAGE_CREATED)
                .orElse(delivery.messageId().isPresent());
        if (messageTrigger && delivery.messageId().isPresent()) {
            return new DedupKey("message:" + ticket + ":" + delivery.messageId().get().value());
        }
        if (!messageTrigger && delivery.ticketUpdatedAt().isPresent()) {
            return new DedupKey("ticket:" + ticket + ":" + delivery.ticketUpdatedAt().get());
        }
        return new DedupKey("sha256:" + sha256Hex(delivery.rawBody()));
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
