package dev.gorgiasbridge.domain.webhook;

/** The verdict on a webhook's credentials. */
public sealed interface Authentication {

    /**
     * The request proved it knows a configured secret.
     *
     * @param principal a stable, non-secret name for that secret (used to key rate limits and logs)
     */
    record Authenticated(String principal) implements Authentication {
    }

    /** The request is refused; the reason is safe to log and to return (it never contains a secret). */
    record Rejected(String reason) implements Authentication {
    }
}
