-- The channel payment (payment service's id) that paid an order, when one did: a PaymentSucceeded for
-- the same payment again is a repeat; one for another payment is a surplus and is refunded.
ALTER TABLE purchase_order ADD COLUMN channel_payment_id BIGINT NULL;
