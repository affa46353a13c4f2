-- Payments of orders through Alipay and WeChat Pay. payment_id is also the merchant's trade number
-- (out_trade_no) at the channel. An order may have several attempts (a QR code that expired, another
-- channel); the one that succeeds pays it. Money in minor units; times UTC.
CREATE TABLE channel_payment (
  payment_id       BIGINT       NOT NULL PRIMARY KEY,
  order_id         BIGINT       NOT NULL,
  account_id       BIGINT       NOT NULL,
  channel          VARCHAR(16)  NOT NULL,
  scene            VARCHAR(16)  NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  amount_minor     BIGINT       NOT NULL,
  currency         CHAR(3)      NOT NULL,
  subject          VARCHAR(128) NOT NULL,
  qr_code          VARCHAR(512) NULL,
  channel_trade_no VARCHAR(64)  NULL,
  failure_reason   VARCHAR(512) NULL,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  paid_at          DATETIME(3)  NULL,
  expires_at       DATETIME(3)  NOT NULL,
  KEY idx_channel_payment_order (order_id),
  KEY idx_channel_payment_due (status, expires_at)
) ENGINE = InnoDB;
