-- The flow a change of specification took: VERSIONED (the control plane confirms before the instance
-- takes the version; a failure rolls back) or DIRECT (the old flow, for accounts and products outside
-- the gray release: the instance takes the version at once; a failure is flagged for an operator).
ALTER TABLE instance_spec ADD COLUMN flow VARCHAR(16) NOT NULL DEFAULT 'VERSIONED';
