-- STOP, START and the RELEASE at the end of the grace period (tasks of no instance_spec version)
-- are sent again while unacknowledged, with the same backoff as productions, then stuck for an
-- operator. A re-send publishes the same notification (same notification id and attempt number, so
-- the control plane recognises it and can tell it from a later action on the instance).
-- Times are UTC.
--
-- due_at: when the task is looked at again if still unacknowledged; NULL once acknowledged, stuck,
-- or superseded by a later STOP/START/RELEASE of the instance.
-- resends: re-sends since it was first sent (or re-armed by an operator); attempts = resends + 1.
-- last_sent_at: the latest send.
-- stuck_at: when its attempts were spent (due_at is then NULL).
ALTER TABLE production_task
  ADD COLUMN due_at       DATETIME(3) NULL,
  ADD COLUMN resends      INT         NOT NULL DEFAULT 0,
  ADD COLUMN last_sent_at DATETIME(3) NULL,
  ADD COLUMN stuck_at     DATETIME(3) NULL,
  ADD KEY idx_task_due (due_at),
  ADD KEY idx_task_stuck (stuck_at);

-- lifecycle actions sent before this and never acknowledged: looked at one minute (the default
-- resend-after) after they were sent; a superseded one is dropped when looked at
UPDATE production_task SET due_at = DATE_ADD(sent_at, INTERVAL 60 SECOND), last_sent_at = sent_at
WHERE acked_at IS NULL AND spec_id IS NULL AND (action IN ('STOP', 'START') OR (action = 'RELEASE' AND order_id IS NULL));
