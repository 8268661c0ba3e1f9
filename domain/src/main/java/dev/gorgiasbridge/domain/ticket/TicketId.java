package dev.gorgiasbridge.domain.ticket;

/** A Gorgias ticket id: a positive number (Gorgias ids are 64-bit integers). */
public record TicketId(long value) {
    public TicketId {
        if (value <= 0) {
            throw new IllegalArgumentException("ticket id must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
