-- Auto-renewal attempts (DueAutoRenewalWork): for an AutoRenewal subscription, an AutoRenewalDue event
-- auto-renew-before its end time, then every auto-renew-retry until the end time moves (renewed) or
-- comes (no more attempts). What has been tried is kept per instance, for one end time at a time:
-- auto_renew_end_time: the end time the attempts were about (NULL: none ever made; different from
--   end_time: the instance was renewed since, and the first attempt for the new end time is due at
--   end_time minus auto-renew-before)
-- auto_renew_attempt: how many attempts were made for it
-- auto_renew_at: when the next one falls due; NULL when there is none
-- A node claims an attempt with a conditional UPDATE on the end time and the attempt count it read,
-- then publishes the event. Times are UTC.
ALTER TABLE instance
  ADD COLUMN auto_renew_end_time DATETIME(3) NULL AFTER release_time,
  ADD COLUMN auto_renew_attempt  INT         NOT NULL DEFAULT 0 AFTER auto_renew_end_time,
  ADD COLUMN auto_renew_at       DATETIME(3) NULL AFTER auto_renew_attempt,
  ADD KEY idx_instance_auto_renew (renew_status, end_time);
