-- Issue 12 items 1 and 9.
-- A note whose post failed for good must not stop a later event from posting the same content: content
-- hashes are no longer unique per ticket. Only posted notes (a Gorgias message id) count as content on
-- the ticket, so the lookup index covers those rows only.
DROP INDEX ticket_notes_ticket_content;
CREATE INDEX ticket_notes_posted_content ON ticket_notes (ticket_id, content_hash)
    WHERE gorgias_message_id IS NOT NULL;

-- A replay continues the attempt numbering (the history of attempts 1..n stays readable) while the retry
-- schedule starts afresh: attempts_before_run is the attempt count when the current run began.
ALTER TABLE webhook_events
    ADD COLUMN attempts_before_run integer NOT NULL DEFAULT 0 CHECK (attempts_before_run >= 0),
    ADD CONSTRAINT webhook_events_run_within_attempts CHECK (attempts_before_run <= attempts);
