-- Issue 17 item 5 (docs/performance.md, "Statistics"): /api/stats and the queue gauges counted events by
-- status over the whole inbox, which is kept for years. Counts per hour of receipt and current status are
-- now kept as the events change: every statement that inserts, updates or deletes events appends its net
-- changes to event_count_changes (append-only, so concurrent writers never wait on a shared counter row),
-- and readers fold those changes into event_counts (EventCountRollup). A count is event_counts plus the
-- changes not folded yet, always equal to counting webhook_events itself (a contract test compares them).

CREATE TABLE event_counts (
    hour   timestamptz NOT NULL,  -- received_at truncated to the hour in UTC
    status text        NOT NULL,
    events bigint      NOT NULL,
    PRIMARY KEY (hour, status)
);

CREATE TABLE event_count_changes (
    hour   timestamptz NOT NULL,
    status text        NOT NULL,
    events bigint      NOT NULL
);

CREATE FUNCTION count_inserted_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_count_changes (hour, status, events)
    SELECT date_trunc('hour', received_at, 'UTC'), status, count(*) FROM added GROUP BY 1, 2;
    RETURN NULL;
END;
$$;

CREATE FUNCTION count_updated_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_count_changes (hour, status, events)
    SELECT hour, status, sum(events) FROM (
        SELECT date_trunc('hour', received_at, 'UTC') AS hour, status, -1 AS events FROM before
        UNION ALL
        SELECT date_trunc('hour', received_at, 'UTC'), status, 1 FROM after
    ) changed
    GROUP BY 1, 2 HAVING sum(events) <> 0;
    RETURN NULL;
END;
$$;

CREATE FUNCTION count_deleted_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_count_changes (hour, status, events)
    SELECT date_trunc('hour', received_at, 'UTC'), status, -count(*) FROM removed GROUP BY 1, 2;
    RETURN NULL;
END;
$$;

CREATE FUNCTION count_no_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE event_counts, event_count_changes;
    RETURN NULL;
END;
$$;

CREATE TRIGGER webhook_events_count_inserted AFTER INSERT ON webhook_events
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_events();
CREATE TRIGGER webhook_events_count_updated AFTER UPDATE ON webhook_events
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION count_updated_events();
CREATE TRIGGER webhook_events_count_deleted AFTER DELETE ON webhook_events
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_events();
CREATE TRIGGER webhook_events_count_truncated AFTER TRUNCATE ON webhook_events
    FOR EACH STATEMENT EXECUTE FUNCTION count_no_events();

-- The events already stored.
INSERT INTO event_counts (hour, status, events)
SELECT date_trunc('hour', received_at, 'UTC'), status, count(*) FROM webhook_events GROUP BY 1, 2;

-- The outcome and note counts of /api/stats read their window through these, not the whole history.
CREATE INDEX event_outcomes_stage_recorded ON event_outcomes (stage, recorded_at) INCLUDE (result);
CREATE INDEX event_outcomes_notes_recorded ON event_outcomes (recorded_at)
    WHERE stage = 'note' AND result = 'succeeded';
CREATE INDEX ticket_notes_posted_created ON ticket_notes (created_at) WHERE gorgias_message_id IS NOT NULL;
