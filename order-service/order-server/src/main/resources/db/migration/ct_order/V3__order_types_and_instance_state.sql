-- Every order type (New, Renew, Upgrade, Downgrade, TemporaryUpgrade, Refund) and the full state machine.
ALTER TABLE purchase_order
  ADD COLUMN base_spec_version INT          NULL COMMENT 'changes: the instance specification version the change was priced against',
  ADD COLUMN window_start      DATETIME(3)  NULL COMMENT 'TemporaryUpgrade: when the higher specification starts',
  ADD COLUMN window_end        DATETIME(3)  NULL COMMENT 'TemporaryUpgrade: when it reverts',
  ADD COLUMN refund_minor      BIGINT       NULL COMMENT 'Downgrade, Refund: what goes back to the balance once delivered',
  ADD COLUMN failure_reason    VARCHAR(512) NULL,
  ADD COLUMN paying_since      DATETIME(3)  NULL COMMENT 'when the current Paying claim was taken';

-- One change at a time per instance. A change order claims the instance with a conditional update
-- on version (and busy_order_id IS NULL) in the transaction that inserts the order; delivery of that
-- order (or its cancellation) releases it. The Redisson lock in front only reduces contention: a
-- holder paused past its lease still fails here, because the version it read has moved on.
CREATE TABLE instance_order_state (
  instance_id   VARCHAR(64) NOT NULL PRIMARY KEY,
  account_id    BIGINT      NOT NULL,
  version       BIGINT      NOT NULL,
  busy_order_id BIGINT      NULL,
  busy_since    DATETIME(3) NULL,
  updated_at    DATETIME(3) NOT NULL
) ENGINE = InnoDB;
