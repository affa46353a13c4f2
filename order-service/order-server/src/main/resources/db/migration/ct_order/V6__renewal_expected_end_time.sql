-- Renew orders of automatic renewals record the end time they are meant to extend: instance lifecycle
-- refuses the renewal (Failed, refunded) when the instance's end time is another one by then (a manual
-- renewal came first). Null for every other order, and for customers' renewals.
ALTER TABLE purchase_order ADD COLUMN expected_end_time DATETIME(3) NULL;
