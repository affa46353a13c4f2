-- The daily reconciliation of channel payments against each channel's bill. One run row per (channel,
-- Beijing bill day): inserting it is the claim that makes one node run the day (a duplicate key tells the
-- others); a new attempt takes it over by a conditional UPDATE from the state and attempt it saw. A finished
-- run replaces the day's differences and counts in one transaction. Money in minor units; times UTC.
CREATE TABLE reconciliation_run (
  channel          VARCHAR(16)  NOT NULL,
  bill_day         DATE         NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  attempt          BIGINT       NOT NULL,
  started_at       DATETIME(3)  NOT NULL,
  finished_at      DATETIME(3)  NULL,
  our_record_count INT          NOT NULL DEFAULT 0,
  bill_line_count  INT          NOT NULL DEFAULT 0,
  matched_count    INT          NOT NULL DEFAULT 0,
  neighbour_count  INT          NOT NULL DEFAULT 0,
  difference_count INT          NOT NULL DEFAULT 0,
  failure_reason   VARCHAR(512) NULL,
  updated_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (channel, bill_day)
) ENGINE = InnoDB;

CREATE TABLE reconciliation_difference (
  difference_id        BIGINT       NOT NULL PRIMARY KEY,
  channel              VARCHAR(16)  NOT NULL,
  bill_day             DATE         NOT NULL,
  kind                 VARCHAR(24)  NOT NULL,
  line_type            VARCHAR(8)   NOT NULL,
  out_trade_no         VARCHAR(64)  NOT NULL,
  refund_request_no    VARCHAR(64)  NULL,
  channel_trade_no     VARCHAR(64)  NULL,
  our_amount_minor     BIGINT       NULL,
  our_status           VARCHAR(16)  NULL,
  our_time             DATETIME(3)  NULL,
  channel_amount_minor BIGINT       NULL,
  channel_status       VARCHAR(32)  NULL,
  channel_time         DATETIME(3)  NULL,
  currency             CHAR(3)      NOT NULL,
  note                 VARCHAR(256) NULL,
  KEY idx_reconciliation_difference_day (channel, bill_day)
) ENGINE = InnoDB;

-- A day's succeeded payments (by paid_at) and refunds (settled: updated_at) of a channel, without a full scan.
CREATE INDEX idx_channel_payment_paid ON channel_payment (paid_at);
CREATE INDEX idx_channel_refund_updated ON channel_refund (updated_at);
