-- The console lists an account's channel payments and their refunds, newest first: one index each,
-- (account_id, created_at); InnoDB appends the primary key, which breaks ties in the same order.
CREATE INDEX idx_channel_payment_account ON channel_payment (account_id, created_at);
CREATE INDEX idx_channel_refund_account ON channel_refund (account_id, created_at);
