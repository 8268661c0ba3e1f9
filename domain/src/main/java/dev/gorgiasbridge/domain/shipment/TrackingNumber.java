package dev.gorgiasbridge.domain.shipment;

/** A carrier's tracking number, stripped of surrounding spaces so it can be compared and searched. */
public record TrackingNumber(String value) {
    private static final int MAX_LENGTH = 128;

    public TrackingNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("tracking number must not be blank");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("tracking number must be up to " + MAX_LENGTH + " printable characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
