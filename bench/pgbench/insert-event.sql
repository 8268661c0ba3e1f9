-- The database ceiling: the row the webhook endpoint inserts (same table, same ~1 KB payload, same
-- ON CONFLICT ... RETURNING), one statement and one commit per row, as the endpoint does per request.
-- The payload's colons are written \x3a because pgbench would read ":name" as one of its variables.
\set ticket random(1, 2000000000)
INSERT INTO webhook_events (dedup_key, event_type, ticket_id, payload, received_at)
VALUES ('pgbench:' || :client_id || ':' || gen_random_uuid(), 'ticket-message-created', :ticket,
        E'{"ticket"\x3a{"id"\x3a123456789,"status"\x3a"open","channel"\x3a"email","via"\x3a"email","subject"\x3a"Where is the rest of my order?","from_agent"\x3afalse,"spam"\x3afalse,"language"\x3a"en","updated_datetime"\x3a"2026-01-06T16\x3a40\x3a02.133001+00\x3a00","customer"\x3a{"id"\x3a412000387,"email"\x3a"maria.keller@example.com","name"\x3a"Maria Keller","integrations"\x3a{"82185"\x3a{"__integration_type__"\x3a"shopify","customer"\x3a{"id"\x3a7460267524351,"email"\x3a"maria.keller@example.com","orders_count"\x3a3,"total_spent"\x3a"412.80"}}}},"messages"\x3a[]},"message"\x3a{"id"\x3a987654321,"ticket_id"\x3a123456789,"channel"\x3a"email","via"\x3a"email","from_agent"\x3afalse,"public"\x3atrue,"body_text"\x3a"Hi, I got one box from order #1042 but the walking foot is missing. Where is it? Also, can you tell me the tracking number for the box that is still coming? Thanks a lot, Maria","body_html"\x3a"<div>Hi, I got one box from order #1042 but the walking foot is missing. Where is it?</div>","sender"\x3a{"id"\x3a412000387,"email"\x3a"maria.keller@example.com"},"created_datetime"\x3a"2026-01-06T16\x3a40\x3a02.100000+00\x3a00"}}',
        now())
ON CONFLICT (dedup_key) DO NOTHING
RETURNING id;
