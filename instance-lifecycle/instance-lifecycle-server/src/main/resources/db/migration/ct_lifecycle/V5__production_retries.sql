-- Production notifications never acknowledged: sent again with backoff, then stuck for an operator.
-- Times are UTC.
--
-- resends: how often the poller sent the version's notification again since it was first sent (or
-- since an operator re-armed it); attempts = resends + 1.
-- stuck_at: when its attempts were spent and no more notifications are sent automatically (due_at
-- is then NULL). The stuck list is status PENDING, stuck_at set, due_at NULL; an acknowledgement
-- moves the version out of PENDING, an operator's retry clears stuck_at.
ALTER TABLE instance_spec
  ADD COLUMN resends  INT         NOT NULL DEFAULT 0 AFTER due_at,
  ADD COLUMN stuck_at DATETIME(3) NULL AFTER resends,
  ADD KEY idx_spec_stuck (stuck_at);

-- first and last notification of a version, for the stuck list
ALTER TABLE production_task ADD KEY idx_task_spec (spec_id);

-- Creations were never sent again before: those still waiting for their acknowledgement become due
-- one minute (the default resend-after) after they were created, i.e. at once when older.
UPDATE instance_spec s
  JOIN instance i ON i.instance_id = s.instance_id
SET s.due_at = DATE_ADD(s.created_time, INTERVAL 60 SECOND)
WHERE s.version = 1 AND s.order_type = 'New' AND s.status = 'PENDING' AND s.due_at IS NULL
  AND i.status = 'Creating';
