-- stop_time: when an expired subscription was stopped (Expired, and kept when it is then Released);
-- cleared by a renewal that starts it again. QueryAvailableInstances answers it as StopTime.
-- Times are UTC.
ALTER TABLE instance ADD COLUMN stop_time DATETIME(3) NULL AFTER end_time;

-- instances stopped before this: their last change was the stop (or the release that followed it)
UPDATE instance SET stop_time = update_time WHERE status = 'Expired' AND subscription_type = 'Subscription';
