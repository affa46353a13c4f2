-- Instances created for paid orders, and every production notification sent for them.
-- Times are UTC.
CREATE TABLE instance (
  instance_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  order_id          BIGINT       NOT NULL,
  account_id        BIGINT       NOT NULL,
  product_code      VARCHAR(64)  NOT NULL,
  product_type      VARCHAR(64)  NULL,
  region            VARCHAR(64)  NULL,
  subscription_type VARCHAR(32)  NOT NULL,
  status            VARCHAR(32)  NOT NULL,
  sub_status        VARCHAR(32)  NULL,
  renew_status      VARCHAR(32)  NOT NULL,
  spec              JSON         NOT NULL,
  spec_version      INT          NOT NULL,
  resource_id       VARCHAR(128) NULL,
  failure_reason    VARCHAR(512) NULL,
  create_time       DATETIME(3)  NOT NULL,
  start_time        DATETIME(3)  NULL,
  end_time          DATETIME(3)  NULL,
  update_time       DATETIME(3)  NOT NULL,
  UNIQUE KEY uk_instance_order (order_id),
  KEY idx_instance_account (account_id, create_time)
) ENGINE = InnoDB;

CREATE TABLE production_task (
  notification_id VARCHAR(64) NOT NULL PRIMARY KEY,
  instance_id     VARCHAR(64) NOT NULL,
  attempt         INT         NOT NULL,
  sent_at         DATETIME(3) NOT NULL,
  acked_at        DATETIME(3) NULL,
  outcome         VARCHAR(16) NULL,
  UNIQUE KEY uk_task_attempt (instance_id, attempt)
) ENGINE = InnoDB;
