package dev.gorgiasbridge.adapters.persistence.postgres;

/** The queue's statements, kept together so the claim rules can be read in one place. */
final class EventQueueSql {
    private EventQueueSql() {
    }

    /**
     * Sets {@code synchronous_commit = off} for the one statement it is joined to (its implicit transaction).
     * Used for the queue's own bookkeeping only — claims and attempt endings — never for ingest or the note
     * ledger. Why losing such a write in a crash is harmless: docs/performance.md, "What may be committed
     * asynchronously".
     */
    static final String ASYNC_COMMIT = "SELECT set_config('synchronous_commit', 'off', true) AS applied";

    /** The per-ticket rules shared by both kinds of due event (alias {@code e}). */
    private static final String TICKET_RULES = """
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
            """;

    /**
     * Claims due events. An event is due when it is pending, or to be retried and its time has come, or
     * processing under a lease that expired (its worker died). Of each ticket only the oldest unfinished
     * event qualifies, and none while another event of the ticket is held under a live lease: one ticket's
     * events are processed one at a time, in arrival order. SKIP LOCKED lets concurrent claimers pass each
     * other's rows instead of waiting, and every claim issues a new lease token. An event whose payload was
     * purged (retention or erasure, V4) is never claimed: there is nothing left to process.
     *
     * <p>The waiting and the abandoned events are looked up apart, each in the order of an index
     * ({@code webhook_events_due}, {@code webhook_events_status_received}) and stopping after {@code :max}
     * eligible rows, so a claim costs the same with ten or a million events queued; the per-ticket checks
     * read only unfinished events ({@code webhook_events_ticket_unfinished}), whatever a ticket's history.
     */
    static final String CLAIM = """
            WITH settings AS (%s),
            due AS (
                SELECT id FROM (
                    (SELECT id, next_attempt_at, received_at FROM (
                        SELECT e.id, e.next_attempt_at, e.received_at
                        FROM webhook_events e
                        WHERE e.status IN ('pending', 'retry') AND e.next_attempt_at <= now()
            %s
                        ORDER BY e.next_attempt_at, e.received_at
                        LIMIT :max
                        FOR UPDATE SKIP LOCKED) waiting)
                    UNION ALL
                    (SELECT id, next_attempt_at, received_at FROM (
                        SELECT e.id, e.next_attempt_at, e.received_at
                        FROM webhook_events e
                        WHERE e.status = 'processing' AND e.lease_expires_at < now()
            %s
                        ORDER BY e.next_attempt_at, e.received_at
                        LIMIT :max
                        FOR UPDATE SKIP LOCKED) abandoned)
                ) candidates
                ORDER BY next_attempt_at, received_at
                LIMIT :max
            )
            UPDATE webhook_events e
            SET status = 'processing',
                lease_owner = gen_random_uuid(),
                lease_expires_at = now() + make_interval(secs => :leaseSeconds),
                attempts = e.attempts + 1,
                updated_at = now()
            FROM due, settings
            WHERE e.id = due.id
            RETURNING e.id, e.lease_owner, e.ticket_id, e.event_type, e.payload, e.attempts,
                      e.attempts - e.attempts_before_run AS attempt_of_run, e.received_at
            """.formatted(ASYNC_COMMIT, TICKET_RULES, TICKET_RULES);

    /**
     * Ends the attempts of several events at once, each fenced by its lease token: a final state ({@code done},
     * {@code skipped}, {@code dead}) or {@code retry} after a delay, with the stage outcomes of the attempt in
     * the same statement (one transaction, committed asynchronously, see {@link #ASYNC_COMMIT}). Only
     * {@code dead} and {@code retry} keep an error, so a done or skipped event shows none from earlier
     * attempts; a retry keeps the summary of earlier attempts. Returns the ids whose lease still held.
     * Parameters: ids, tokens, statuses, notes, delays in seconds; then per outcome its event id, stage,
     * result and detail, in the order they are to be read back.
     */
    static final String END_ATTEMPTS = """
            WITH settings AS (%s),
            ending AS (
                SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::float8[])
                    AS t(id, token, status, note, delay_seconds)
            ),
            ended AS (
                UPDATE webhook_events e
                SET status = x.status,
                    summary = CASE WHEN x.status = 'retry' THEN e.summary ELSE x.note END,
                    last_error = CASE WHEN x.status IN ('retry', 'dead') THEN x.note END,
                    next_attempt_at = CASE WHEN x.status = 'retry'
                        THEN now() + make_interval(secs => x.delay_seconds) ELSE e.next_attempt_at END,
                    lease_owner = NULL, lease_expires_at = NULL, updated_at = now()
                FROM ending x, settings
                WHERE e.id = x.id AND e.lease_owner = x.token AND e.status = 'processing'
                RETURNING e.id, e.attempts
            ),
            recorded AS (
                INSERT INTO event_outcomes (event_id, attempt, stage, result, detail)
                SELECT o.event_id, ended.attempts, o.stage, o.result, o.detail
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS o(event_id, stage, result, detail, n)
                JOIN ended ON ended.id = o.event_id
                ORDER BY o.n
            )
            SELECT id FROM ended
            """.formatted(ASYNC_COMMIT);

    static final String RENEW = """
            UPDATE webhook_events
            SET lease_expires_at = now() + make_interval(secs => :leaseSeconds), updated_at = now()
            WHERE id = :id AND lease_owner = :token AND status = 'processing'
            """;
    static final String RELEASE = """
            UPDATE webhook_events
            SET status = CASE WHEN attempts - 1 > attempts_before_run THEN 'retry' ELSE 'pending' END,
                attempts = attempts - 1, lease_owner = NULL, lease_expires_at = NULL, updated_at = now()
            WHERE id = :id AND lease_owner = :token AND status = 'processing'
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
