package dev.gorgiasbridge.application.ingest.port.in;

/** The inbox could not store an event; the sender must be told to try again (never a 2xx). */
public class InboxUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
