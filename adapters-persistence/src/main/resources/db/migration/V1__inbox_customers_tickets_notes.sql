-- Gorgias Bridge schema, version 1 (docs/architecture.md; README.md, "The webhook").
-- Customers own tickets, tickets own notes: deleting a customer removes both (ON DELETE CASCADE).
-- The webhook inbox is an audit log kept forever; it names tickets by Gorgias id without a foreign key,
-- because an event is stored before the ticket it concerns is known.

CREATE TABLE customers (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_key        text        NOT NULL UNIQUE,
    gorgias_customer_id bigint,
    shopify_customer_id bigint,
    email               text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id          bigint PRIMARY KEY,             -- the Gorgias ticket id
    customer_id bigint      REFERENCES customers (id) ON DELETE CASCADE, -- unknown while Gorgias names no customer
    subject     text,
    status      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_customer_id ON tickets (customer_id);

CREATE TABLE webhook_events (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    dedup_key        text        NOT NULL,
    event_type       text        NOT NULL,
    ticket_id        bigint      NOT NULL,
    payload          text        NOT NULL,
    status           text        NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'processing', 'done', 'skipped', 'retry', 'dead')),
    attempts         integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    lease_owner      uuid,
    lease_expires_at timestamptz,
    last_error       text,
    summary          text,
    received_at      timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhook_events_dedup_key_unique UNIQUE (dedup_key),
    CONSTRAINT webhook_events_lease_complete CHECK ((lease_owner IS NULL) = (lease_expires_at IS NULL))
);
-- What a worker claims next: due events that are waiting or to be retried.
CREATE INDEX webhook_events_due ON webhook_events (next_attempt_at) WHERE status IN ('pending', 'retry');
-- One ticket's events in arrival order, and the per-status counts operators look at.
CREATE INDEX webhook_events_ticket ON webhook_events (ticket_id, received_at);
CREATE INDEX webhook_events_status_received ON webhook_events (status, received_at);

-- Every stage outcome of every attempt: what operators read on an event and what the stats count.
CREATE TABLE event_outcomes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid        NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    attempt     integer     NOT NULL,
    stage       text        NOT NULL,
    result      text        NOT NULL CHECK (result IN ('succeeded', 'skipped', 'degraded', 'failed')),
    detail      text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_outcomes_event ON event_outcomes (event_id, id);
CREATE INDEX event_outcomes_recorded ON event_outcomes (recorded_at);

-- Wake workers (LISTEN gorgias_bridge_events) as soon as an event becomes due, so they need not poll.
CREATE FUNCTION notify_event_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gorgias_bridge_events', NEW.ticket_id::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER webhook_events_due
    AFTER INSERT OR UPDATE OF status ON webhook_events
    FOR EACH ROW WHEN (NEW.status = 'pending')
    EXECUTE FUNCTION notify_event_due();

CREATE TABLE ticket_notes (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id          bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    event_id           uuid REFERENCES webhook_events (id) ON DELETE SET NULL,
    external_id        text        NOT NULL UNIQUE,
    content_hash       text        NOT NULL,
    gorgias_message_id bigint,
    body_text          text        NOT NULL,
    body_html          text        NOT NULL,
    posted_at          timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_notes_ticket_id ON ticket_notes (ticket_id);
CREATE UNIQUE INDEX ticket_notes_ticket_content ON ticket_notes (ticket_id, content_hash);
