package dev.gorgiasbridge.adapters.persistence.postgres;

/** The queue's statements, kept together so the claim rules can be read in one place. */
final class EventQueueSql {
    private EventQueueSql() {
    }

    /**
     * Claims due events. An event is due when it is pending, or to be retried and its time has come, or
     * processing under a lease that expired (its worker died). Of each ticket only the oldest unfinished
     * event qualifies, and none while another event of the ticket is held under a live lease: one ticket's
     * events are processed one at a time, in arrival order. SKIP LOCKED lets concurrent claimers pass each
     * other's rows instead of waiting, and every claim issues a new lease token.
     */
    static final String CLAIM = """
            WITH due AS (
                SELECT e.id
                FROM webhook_events e
                WHERE ((e.status IN ('pending', 'retry') AND e.next_attempt_at <= now())
                       OR (e.status = 'processing' AND e.lease_expires_at < now()))
                  AND e.payload IS NOT NULL
                  AND NOT EXISTS (
                      SELECT 1 FROM webhook_events earlier
                      WHERE earlier.ticket_id = e.ticket_id
                        AND earlier.status IN ('pending', 'retry', 'processing')
                        AND (earlier.received_at, earlier.id) < (e.received_at, e.id))
                  AND NOT EXISTS (
                      SELECT 1 FROM webhook_events busy
                      WHERE busy.ticket_id = e.ticket_id
                        AND busy.id <> e.id
                        AND busy.status = 'processing'
                        AND busy.lease_expires_at >= now())
                ORDER BY e.next_attempt_at, e.received_at
                LIMIT :max
                FOR UPDATE SKIP LOCKED
            )
            UPDATE webhook_events e
            SET status = 'processing',
                lease_owner = gen_random_uuid(),
                lease_expires_at = now() + make_interval(secs => :leaseSeconds),
                attempts = e.attempts + 1,
                updated_at = now()
            FROM due
            WHERE e.id = due.id
            RETURNING e.id, e.lease_owner, e.ticket_id, e.event_type, e.payload, e.attempts,
                      e.attempts - e.attempts_before_run AS attempt_of_run, e.received_at
            """;

    static final String RENEW = """
            UPDATE webhook_events
            SET lease_expires_at = now() + make_interval(secs => :leaseSeconds), updated_at = now()
            WHERE id = :id AND lease_owner = :token AND status = 'processing'
            """;

    /** A final state; only {@code dead} keeps an error, so a done or skipped event shows none from earlier attempts. */
    static final String FINISH = """
            UPDATE webhook_events
            SET status = :status, summary = :summary, lease_owner = NULL, lease_expires_at = NULL, updated_at = now(),
                last_error = CASE WHEN :status = 'dead' THEN :summary END
            WHERE id = :id AND lease_owner = :token AND status = 'processing'
            RETURNING attempts
            """;

    static final String RETRY = """
            UPDATE webhook_events
            SET status = 'retry', last_error = :error, lease_owner = NULL, lease_expires_at = NULL,
                next_attempt_at = now() + make_interval(secs => :delaySeconds), updated_at = now()
            WHERE id = :id AND lease_owner = :token AND status = 'processing'
            RETURNING attempts
            """;

    static final String RELEASE = """
            UPDATE webhook_events
            SET status = CASE WHEN attempts - 1 > attempts_before_run THEN 'retry' ELSE 'pending' END,
                attempts = attempts - 1, lease_owner = NULL, lease_expires_at = NULL, updated_at = now()
            WHERE id = :id AND lease_owner = :token AND status = 'processing'
            """;

    static final String INSERT_OUTCOME = """
            INSERT INTO event_outcomes (event_id, attempt, stage, result, detail)
            VALUES (:eventId, :attempt, :stage, :result, :detail)
            """;

    /**
     * Makes an event due again. The attempt count goes on (attempt numbers in the history never repeat);
     * the run starts afresh, so the retry schedule does too.
     */
    static final String REPLAY = """
            UPDATE webhook_events
            SET status = 'pending', attempts_before_run = attempts, next_attempt_at = now(), lease_owner = NULL,
                lease_expires_at = NULL, updated_at = now()
            WHERE id = :id AND NOT (status = 'processing' AND lease_expires_at >= now()) AND payload IS NOT NULL
            """;

    static final String REPLAY_DEAD = """
            UPDATE webhook_events
            SET status = 'pending', attempts_before_run = attempts, next_attempt_at = now(), updated_at = now()
            WHERE status = 'dead' AND received_at >= :from AND received_at < :to AND payload IS NOT NULL
            """;
}
