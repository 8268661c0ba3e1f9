-- The admin API lists events newest first, a page at a time (received_at, id) < cursor, with or
-- without a status filter; the status filter uses webhook_events_status_received from V1.
CREATE INDEX webhook_events_received ON webhook_events (received_at DESC, id DESC);
