package dev.gorgiasbridge.application.retention.port.in;

/** What one erasure removed, as counts. */
public record Erasure(int customers, int tickets, int notes, int eventPayloads) {
    public Erasure {
        if (customers < 0 || tickets < 0 || notes < 0 || eventPayloads < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Whether anything was found at all. */
    public boolean nothingFound() {
        return customers + tickets + notes + eventPayloads == 0;
    }
}
