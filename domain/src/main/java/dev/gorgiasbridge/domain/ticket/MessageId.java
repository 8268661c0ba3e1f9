package dev.gorgiasbridge.domain.ticket;

/** A Gorgias message id, unique within the account. */
public record MessageId(long value) {
    public MessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("message id must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
