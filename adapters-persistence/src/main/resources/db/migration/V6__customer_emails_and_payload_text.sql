-- Erasure finds a customer by every address they were ever known by (docs/runbook.md, "Customer data:
-- retention and erasure"). customers.email holds only the latest address: when a later ticket names the
-- same Shopify customer under another email, the earlier address would otherwise be forgotten while the
-- customer's tickets stay. Deleting the customer deletes their addresses (ON DELETE CASCADE).
CREATE TABLE customer_emails (
    customer_id bigint      NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    email       text        NOT NULL,
    first_seen  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, email)
);
CREATE INDEX customer_emails_email ON customer_emails (email);
INSERT INTO customer_emails (customer_id, email)
SELECT id, lower(email) FROM customers WHERE email IS NOT NULL
ON CONFLICT DO NOTHING;

-- The text of a payload as its reader sees it: every JSON string value, decoded (so "\u0040" is "@" and
-- "\n" a line break), one row each. A payload that is not JSON is returned whole, as stored.
CREATE FUNCTION payload_text_values(payload text) RETURNS SETOF text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN QUERY
        SELECT value #>> '{}'
        FROM jsonb_path_query(payload::jsonb, 'strict $.**') AS value
        WHERE jsonb_typeof(value) = 'string';
EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
    RETURN QUERY SELECT payload;
END;
$$;
