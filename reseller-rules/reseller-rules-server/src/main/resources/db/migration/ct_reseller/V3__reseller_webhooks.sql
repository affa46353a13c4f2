-- Webhooks to resellers: one row per order event a reseller is to be told of, sent (signed) by the
-- DeliverWebhooks poller. Times are UTC.
--
-- event_key is UNIQUE ("<event type>-<order id>", e.g. OrderPaid-123): a redelivered order event
-- enqueues nothing new. payload is the exact JSON body sent, built once when the event arrives;
-- the target (URL and secret) is looked up in the rules in force at each attempt.
--
-- status, every change a conditional UPDATE on the status and next_attempt_at as read:
--   PENDING -> PENDING    claimed for an attempt (attempts + 1, next_attempt_at = now + lease),
--                         or rescheduled after a failed attempt (next_attempt_at = now + backoff)
--   PENDING -> DELIVERED  the receiver answered 2xx
--   PENDING -> DEAD       attempts spent, or the reseller has no webhook any more
CREATE TABLE webhook_delivery (
  delivery_id      BIGINT       NOT NULL PRIMARY KEY,
  reseller_id      BIGINT       NOT NULL,
  event_key        VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  event_type       VARCHAR(32)  NOT NULL,
  payload          TEXT         NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  attempts         INT          NOT NULL,
  next_attempt_at  DATETIME(3)  NOT NULL,
  last_status_code INT          NULL,
  last_error       VARCHAR(512) NULL,
  created_at       DATETIME(3)  NOT NULL,
  delivered_at     DATETIME(3)  NULL,
  UNIQUE KEY uk_webhook_delivery_event (event_key),
  KEY idx_webhook_delivery_due (status, next_attempt_at),
  KEY idx_webhook_delivery_reseller (reseller_id)
) ENGINE = InnoDB;
