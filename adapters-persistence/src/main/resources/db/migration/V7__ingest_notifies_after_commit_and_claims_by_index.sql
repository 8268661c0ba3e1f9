-- Issue 17 (docs/performance.md, "Ingest"). A NOTIFY makes PostgreSQL serialise the commit of its
-- transaction with every other notifying transaction's (a database-wide lock held until the commit record
-- is flushed): with a row trigger notifying on every insert, concurrent ingest batches could never share a
-- WAL flush, and one commit per row (pgbench) was capped the same way. New events are now announced by the
-- service after its insert committed (ArrivalSignal, one NOTIFY per burst, outside the ingest transaction).
-- Events that become due again by an update (a replay, a released event) still notify from the trigger:
-- those updates are rare and one at a time.
DROP TRIGGER webhook_events_due ON webhook_events;
CREATE TRIGGER webhook_events_due
    AFTER UPDATE OF status ON webhook_events
    FOR EACH ROW WHEN (NEW.status = 'pending' AND OLD.status IS DISTINCT FROM 'pending')
    EXECUTE FUNCTION notify_event_due();

-- The claim reads due events in index order and stops after the batch (EventQueueSql.CLAIM), so its cost
-- does not grow with the queue; its per-ticket checks read only the unfinished events of a ticket, so
-- they do not grow with the ticket's history either.
DROP INDEX webhook_events_due;
CREATE INDEX webhook_events_due ON webhook_events (next_attempt_at, received_at) WHERE status IN ('pending', 'retry');
CREATE INDEX webhook_events_ticket_unfinished ON webhook_events (ticket_id, received_at, id)
    WHERE status IN ('pending', 'retry', 'processing');
