-- Expiry of subscription instances, run by a job (DueInstanceWork) that several nodes may poll at once.
-- next_due_at: when the instance's next expiry step falls due (Normal -> WaitForExpire at end_time
-- minus warn-before, WaitForExpire -> Expired at end_time plus stop-after, Expired -> Released at
-- end_time plus release-after); NULL when it has none (pay-as-you-go, Creating, Released, Failed).
-- A node claims a step with a conditional UPDATE on the status, end time and next_due_at it read.
-- release_time: when the instance was released (Released), or will be unless renewed (Expired).
-- Times are UTC.
ALTER TABLE instance
  ADD COLUMN next_due_at  DATETIME(3) NULL AFTER end_time,
  ADD COLUMN release_time DATETIME(3) NULL AFTER next_due_at,
  ADD KEY idx_instance_due (next_due_at);

-- running subscriptions created before this: due at once, the job then schedules them by the settings
UPDATE instance SET next_due_at = update_time
WHERE subscription_type = 'Subscription' AND end_time IS NOT NULL AND status IN ('Normal', 'WaitForExpire', 'Expired');
