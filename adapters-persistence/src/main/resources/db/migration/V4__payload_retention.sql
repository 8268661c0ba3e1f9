-- The data the service keeps (docs/runbook.md, "Customer data"): a webhook's payload holds a customer's
-- message and address, so it is deleted once no longer needed — INBOX_RETENTION_DAYS after its event
-- finished, or at once when the customer asks to be erased. The event row, its outcomes and the counts
-- built on them stay. payload_purged_at says when and why, so a replay of such an event is refused
-- with its reason instead of processing nothing.
ALTER TABLE webhook_events ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE webhook_events ADD COLUMN payload_purged_at timestamptz;
ALTER TABLE webhook_events ADD COLUMN payload_purge_reason text
    CHECK (payload_purge_reason IN ('retention', 'erasure'));
ALTER TABLE webhook_events ADD CONSTRAINT webhook_events_payload_or_purged
    CHECK ((payload IS NULL) = (payload_purged_at IS NOT NULL)
       AND (payload_purged_at IS NULL) = (payload_purge_reason IS NULL));

-- What the retention job looks for: finished events still holding a payload, oldest finished first.
CREATE INDEX webhook_events_retained ON webhook_events (updated_at)
    WHERE payload IS NOT NULL AND status IN ('done', 'skipped', 'dead');
