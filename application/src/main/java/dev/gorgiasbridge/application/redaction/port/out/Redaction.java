package dev.gorgiasbridge.application.redaction.port.out;

/**
 * Masks what must never be stored or shown: configured secrets and the shapes credentials take (a bearer
 * token, a password in a URL). The same rules as the logs apply to the text the service keeps — stage
 * details, summaries and the last error — since an upstream error message may quote a credential.
 */
@FunctionalInterface
public interface Redaction {

    /** The text with every secret masked; null stays null. */
    String redact(String text);

    /** Masks nothing, for tests and tools that hold no secrets. */
    static Redaction none() {
        return text -> text;
    }
}
