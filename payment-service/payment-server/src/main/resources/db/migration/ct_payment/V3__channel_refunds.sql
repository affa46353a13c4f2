-- Refunds of channel payments, through the channel. (payment_id, request_no) is the idempotency key,
-- and request_no is what the channel deduplicates by (Alipay out_request_no, WeChat out_refund_no).
CREATE TABLE channel_refund (
  refund_id      BIGINT       NOT NULL PRIMARY KEY,
  payment_id     BIGINT       NOT NULL,
  account_id     BIGINT       NOT NULL,
  request_no     VARCHAR(64)  NOT NULL,
  amount_minor   BIGINT       NOT NULL,
  currency       CHAR(3)      NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  reason         VARCHAR(256) NULL,
  failure_reason VARCHAR(512) NULL,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  UNIQUE KEY uk_channel_refund_request (payment_id, request_no)
) ENGINE = InnoDB;
