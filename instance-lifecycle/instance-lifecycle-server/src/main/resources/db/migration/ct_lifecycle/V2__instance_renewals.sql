-- Every paid renewal applied to an instance, one row per renewal order: the row is written in the
-- same transaction as the conditional update of the instance's end time, so an order is applied at
-- most once (its order_id is the key). Times are UTC.
CREATE TABLE instance_renewal (
  order_id       BIGINT      NOT NULL PRIMARY KEY,
  instance_id    VARCHAR(64) NOT NULL,
  account_id     BIGINT      NOT NULL,
  period         INT         NOT NULL,
  period_unit    VARCHAR(16) NOT NULL,
  old_status     VARCHAR(32) NOT NULL,
  new_status     VARCHAR(32) NOT NULL,
  old_end_time   DATETIME(3) NOT NULL,
  new_end_time   DATETIME(3) NOT NULL,
  paid_at        DATETIME(3) NULL,
  applied_at     DATETIME(3) NOT NULL,
  KEY idx_renewal_instance (instance_id, applied_at)
) ENGINE = InnoDB;
