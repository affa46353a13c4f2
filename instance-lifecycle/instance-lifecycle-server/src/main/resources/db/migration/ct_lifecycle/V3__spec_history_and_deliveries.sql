-- Specification history, what each production task carries out, refused orders, renewal settings.
-- Times are UTC.

-- How an instance renews (SetRenewal): the period only for AutoRenewal.
ALTER TABLE instance
  ADD COLUMN renew_period      INT         NULL AFTER renew_status,
  ADD COLUMN renew_period_unit VARCHAR(16) NULL AFTER renew_period;

-- Every version of an instance's specification. Version 1 is the one it was created with; each
-- accepted change (Upgrade, Downgrade, TemporaryUpgrade, and the revert at a temporary upgrade's
-- end) is written as the instance's current version + 1 before the control plane is asked, and
-- becomes the instance's version when the control plane acknowledges it.
--
-- The history is linear: live_version (the version, or NULL once FAILED) is UNIQUE per instance, so
-- two changes can never both take the same number (no forks), and a change the control plane
-- failed gives its number back to the next change (no gaps in the versions the instance has had).
-- One order makes at most one version of each kind, however often its event is delivered.
--
-- status: SCHEDULED (a temporary upgrade waiting for its window), PENDING (sent to the control
-- plane), APPLIED, FAILED, REVERTING (a temporary upgrade whose revert is under way), REVERTED.
-- kind: PERMANENT, TEMPORARY, REVERT (restores the spec of reverts_to_version; order_id is the
-- temporary upgrade's order).
-- live_version is a STORED generated column (MySQL 8 and MariaDB alike).
-- due_at: when the poller has work for the row (a scheduled start, a revert, a notification to
-- send again); NULL when there is none.
CREATE TABLE instance_spec (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  instance_id        VARCHAR(64)  NOT NULL,
  version            INT          NOT NULL,
  live_version       INT AS (CASE WHEN status = 'FAILED' THEN NULL ELSE version END) STORED,
  spec               JSON         NOT NULL,
  order_id           BIGINT       NOT NULL,
  order_type         VARCHAR(32)  NOT NULL,
  kind               VARCHAR(16)  NOT NULL,
  status             VARCHAR(16)  NOT NULL,
  apply_at           DATETIME(3)  NULL,
  revert_at          DATETIME(3)  NULL,
  reverts_to_version INT          NULL,
  due_at             DATETIME(3)  NULL,
  reason             VARCHAR(512) NULL,
  created_time       DATETIME(3)  NOT NULL,
  updated_time       DATETIME(3)  NOT NULL,
  UNIQUE KEY uk_spec_live_version (instance_id, live_version),
  UNIQUE KEY uk_spec_order_kind (order_id, kind),
  KEY idx_spec_instance (instance_id, version),
  KEY idx_spec_due (due_at)
) ENGINE = InnoDB;

-- instances created before this history: their current spec is version 1
INSERT INTO instance_spec (instance_id, version, spec, order_id, order_type, kind, status, created_time, updated_time)
SELECT instance_id, spec_version, spec, order_id, 'New', 'PERMANENT',
       CASE status WHEN 'Creating' THEN 'PENDING' WHEN 'Failed' THEN 'FAILED' ELSE 'APPLIED' END,
       create_time, update_time
FROM instance;

-- What a production task carries out: the action, the order (NULL for a revert, which has no order
-- of its own), the specification version and its history row (spec_id: a failed version's number
-- can be taken again by the next change, so the number alone is not enough); the control plane's
-- reason on failure.
ALTER TABLE production_task
  ADD COLUMN action       VARCHAR(16)  NOT NULL DEFAULT 'CREATE' AFTER attempt,
  ADD COLUMN order_id     BIGINT       NULL AFTER action,
  ADD COLUMN order_type   VARCHAR(32)  NULL AFTER order_id,
  ADD COLUMN spec_version INT          NULL AFTER order_type,
  ADD COLUMN spec_id      BIGINT       NULL AFTER spec_version,
  ADD COLUMN reason       VARCHAR(512) NULL,
  ADD KEY idx_task_order (order_id);

UPDATE production_task t
  JOIN instance i ON i.instance_id = t.instance_id
  JOIN instance_spec s ON s.instance_id = t.instance_id AND s.version = i.spec_version
SET t.order_id = i.order_id, t.order_type = 'New', t.spec_version = i.spec_version, t.spec_id = s.id;

-- Orders refused without asking the control plane (a stale base version, an instance that cannot
-- change or be released): a redelivery answers Failed again instead of judging anew.
CREATE TABLE refused_order (
  order_id    BIGINT       NOT NULL PRIMARY KEY,
  instance_id VARCHAR(64)  NULL,
  order_type  VARCHAR(32)  NOT NULL,
  reason      VARCHAR(512) NOT NULL,
  spec_version INT         NOT NULL,
  refused_at  DATETIME(3)  NOT NULL
) ENGINE = InnoDB;
