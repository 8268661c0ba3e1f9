package dev.gorgiasbridge.domain.webhook;

/** Where a stored event is in its life: {@code pending → processing → done | skipped | retry → … → dead}. */
public enum EventStatus {
    PENDING, PROCESSING, DONE, SKIPPED, RETRY, DEAD;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
