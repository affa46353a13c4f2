-- When the janitor asks the channel about an open payment next. It backs off as the payment ages
-- (an abandoned QR code is asked about a dozen times in its 15 minutes, not every round), takes the
-- due ones first (no starvation behind old ones), and a node claims a payment's check by moving this
-- time forward with a conditional update, so several nodes never ask about the same payment at once.
ALTER TABLE channel_payment ADD COLUMN next_check_at DATETIME(3) NULL;
UPDATE channel_payment SET next_check_at = created_at WHERE next_check_at IS NULL;
ALTER TABLE channel_payment MODIFY next_check_at DATETIME(3) NOT NULL;
ALTER TABLE channel_payment ADD KEY idx_channel_payment_check (status, next_check_at);
