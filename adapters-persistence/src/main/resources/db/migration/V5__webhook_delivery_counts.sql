-- Every webhook delivery by minute and outcome, the refused ones included: refused deliveries are never
-- stored as events, yet "webhooks authenticated" must count them. Each instance counts in memory and adds
-- its counts here every few seconds, one upsert per minute and outcome, so a flood of forged requests
-- costs the database nothing more than a trickle of updates.
CREATE TABLE webhook_delivery_counts (
    minute  timestamptz NOT NULL,
    outcome text        NOT NULL,
    count   bigint      NOT NULL CHECK (count >= 0),
    PRIMARY KEY (minute, outcome)
);
