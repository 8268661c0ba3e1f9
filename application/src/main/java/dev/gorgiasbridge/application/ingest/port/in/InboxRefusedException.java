package dev.gorgiasbridge.application.ingest.port.in;

/**
 * The store refused this one event's content (PostgreSQL rejected the row itself, not the connection):
 * sending it again would fail the same way, so the sender is told its delivery is bad (a 4xx), while the
 * deliveries stored alongside it are unaffected.
 */
public class InboxRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InboxRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
