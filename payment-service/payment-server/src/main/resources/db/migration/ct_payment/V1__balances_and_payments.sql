-- Balance accounts, the ledger of every balance change, and payments of orders.
-- Money is in minor units (BIGINT); times are UTC.
CREATE TABLE balance_account (
  account_id   BIGINT      NOT NULL PRIMARY KEY,
  currency     CHAR(3)     NOT NULL,
  cash_minor   BIGINT      NOT NULL DEFAULT 0,
  credit_minor BIGINT      NOT NULL DEFAULT 0,
  version      BIGINT      NOT NULL DEFAULT 0,
  created_at   DATETIME(3) NOT NULL,
  updated_at   DATETIME(3) NOT NULL,
  CONSTRAINT chk_cash_not_negative CHECK (cash_minor >= 0)
) ENGINE = InnoDB;

CREATE TABLE balance_entry (
  entry_id            BIGINT      NOT NULL PRIMARY KEY,
  account_id          BIGINT      NOT NULL,
  kind                VARCHAR(16) NOT NULL,
  reference           VARCHAR(64) NOT NULL,
  amount_minor        BIGINT      NOT NULL,
  balance_after_minor BIGINT      NOT NULL,
  created_at          DATETIME(3) NOT NULL,
  UNIQUE KEY uk_entry_reference (account_id, kind, reference)
) ENGINE = InnoDB;

CREATE TABLE payment (
  payment_id   BIGINT      NOT NULL PRIMARY KEY,
  order_id     BIGINT      NOT NULL,
  account_id   BIGINT      NOT NULL,
  channel      VARCHAR(16) NOT NULL,
  status       VARCHAR(16) NOT NULL,
  amount_minor BIGINT      NOT NULL,
  currency     CHAR(3)     NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  updated_at   DATETIME(3) NOT NULL,
  UNIQUE KEY uk_payment_order (order_id),
  KEY idx_payment_account (account_id, created_at)
) ENGINE = InnoDB;
